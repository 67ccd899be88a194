using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Billing.Ledger.Days;

public sealed class LedgerBlastDayConfiguration : IEntityTypeConfiguration<LedgerBlastDay>
{
    public void Configure(EntityTypeBuilder<LedgerBlastDay> builder)
    {
        builder.ToTable("LedgerBlastDays");
        // Blast first: the per-blast table reads it in blast order, a blast filter is a seek.
        builder.HasKey(d => new { d.BlastId, d.Day, d.Type, d.Direction });
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Direction).HasMaxLength(16);
    }
}
