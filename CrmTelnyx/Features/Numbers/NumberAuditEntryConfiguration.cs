using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Numbers;

public sealed class NumberAuditEntryConfiguration : IEntityTypeConfiguration<NumberAuditEntry>
{
    public void Configure(EntityTypeBuilder<NumberAuditEntry> builder)
    {
        builder.ToTable("NumberAuditEntries");
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Details).HasMaxLength(2000);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.HasOne(e => e.Number).WithMany().HasForeignKey(e => e.CompanyNumberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CompanyNumberId, e.At });
    }
}
