using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Billing.Ledger;

public sealed class LedgerHourConfiguration : IEntityTypeConfiguration<LedgerHour>
{
    public void Configure(EntityTypeBuilder<LedgerHour> builder)
    {
        builder.ToTable("LedgerHours");
        // Hour first: a period is one range of the key, read in order, with the sums beside it (no lookups).
        builder.HasKey(h => new { h.Hour, h.Type, h.Direction, h.CompanyNumber, h.State });
        builder.Property(h => h.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.Direction).HasMaxLength(16);
        builder.Property(h => h.CompanyNumber).HasMaxLength(32);
        builder.Property(h => h.State).HasMaxLength(2);
        // The number filter reads one number's hours rather than every number's.
        builder.HasIndex(h => new { h.CompanyNumber, h.Hour });
    }
}
