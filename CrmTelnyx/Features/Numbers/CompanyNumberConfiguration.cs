using CrmTelnyx.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Numbers;

public sealed class CompanyNumberConfiguration : IEntityTypeConfiguration<CompanyNumber>
{
    public void Configure(EntityTypeBuilder<CompanyNumber> builder)
    {
        builder.ToTable("CompanyNumbers", t =>
            t.HasCheckConstraint("CK_CompanyNumbers_FriendlyName", LengthLimit.Check("FriendlyName", CompanyNumberLimits.FriendlyName)));
        builder.Property(n => n.TelnyxId).HasMaxLength(64);
        builder.HasIndex(n => n.TelnyxId).IsUnique();
        builder.Property(n => n.PhoneNumber).HasMaxLength(32);
        // One live row per number; released ones stay beside a later purchase of the same number.
        builder.HasIndex(n => n.PhoneNumber).IsUnique().HasFilter("\"ReleasedAt\" IS NULL");
        builder.Property(n => n.FriendlyName).HasMaxLength(CompanyNumberLimits.FriendlyName);
        builder.Property(n => n.State).HasMaxLength(2);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.TelnyxStatus).HasMaxLength(40);
        builder.Property(n => n.MessagingProfileId).HasMaxLength(64);
        builder.Property(n => n.ConnectionId).HasMaxLength(64);
        builder.Property(n => n.TenDlcCampaignId).HasMaxLength(64);
        builder.Property(n => n.TenDlcAssignmentStatus).HasMaxLength(32);
        builder.Property(n => n.TollFreeVerificationStatus).HasMaxLength(32);
        builder.Property(n => n.MonthlyCost).HasPrecision(18, 4);
        builder.Property(n => n.UpfrontCost).HasPrecision(18, 4);
        builder.Property(n => n.CostCurrency).HasMaxLength(3);
        builder.Property(n => n.HealthProblem).HasMaxLength(300);
        builder.Property(n => n.UpdatedBy).HasMaxLength(256);
        builder.HasOne<NumberOrder>().WithMany().HasForeignKey(n => n.NumberOrderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(n => new { n.Status, n.State });
    }
}
