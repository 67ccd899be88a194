using CrmTelnyx.Features.Compliance.TenDlc.Brands;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Compliance.TenDlc;

public sealed class RegisteredBrandConfiguration : IEntityTypeConfiguration<RegisteredBrand>
{
    public void Configure(EntityTypeBuilder<RegisteredBrand> builder)
    {
        builder.ToTable("TenDlcBrands");
        builder.Property(b => b.TelnyxBrandId).HasMaxLength(64);
        builder.HasIndex(b => b.TelnyxBrandId).IsUnique();
        builder.Property(b => b.TcrBrandId).HasMaxLength(32);
        builder.Property(b => b.DisplayName).HasMaxLength(255);
        builder.Property(b => b.CompanyName).HasMaxLength(255);
        builder.Property(b => b.EntityType).HasMaxLength(32);
        builder.Property(b => b.Status).HasMaxLength(32);
        builder.Property(b => b.IdentityStatus).HasMaxLength(32);
        builder.Property(b => b.FailureReason).HasMaxLength(2000);
        builder.Property(b => b.SubmittedBy).HasMaxLength(256);
    }
}

public sealed class RegisteredCampaignConfiguration : IEntityTypeConfiguration<RegisteredCampaign>
{
    public void Configure(EntityTypeBuilder<RegisteredCampaign> builder)
    {
        builder.ToTable("TenDlcCampaigns");
        builder.Property(c => c.TelnyxCampaignId).HasMaxLength(64);
        builder.HasIndex(c => c.TelnyxCampaignId).IsUnique();
        builder.Property(c => c.TcrCampaignId).HasMaxLength(32);
        builder.Property(c => c.TelnyxBrandId).HasMaxLength(64);
        builder.HasIndex(c => c.TelnyxBrandId);
        builder.Property(c => c.UseCase).HasMaxLength(64);
        builder.Property(c => c.Description).HasMaxLength(4096);
        builder.Property(c => c.CampaignStatus).HasMaxLength(32);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.FailureReason).HasMaxLength(2000);
        builder.Property(c => c.AttMessageClass).HasMaxLength(8);
        builder.Property(c => c.TMobileBrandTier).HasMaxLength(32);
        builder.Property(c => c.SubmittedBy).HasMaxLength(256);
        builder.Property(c => c.SubmittedDraftJson).HasMaxLength(16_000);
    }
}
