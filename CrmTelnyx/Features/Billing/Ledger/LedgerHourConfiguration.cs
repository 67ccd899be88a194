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
        // Per number and per state without sorting the period's hours: grouped in this order, SQLite skip-scans it (a seek per
        // number, state and type, then the hours in range), given statistics (LedgerRollUpStatisticsJob); it also serves the
        // number filter. Covering, so no lookups into the table.
        builder.HasIndex(h => new { h.CompanyNumber, h.State, h.Type, h.Hour, h.Direction, h.Entries, h.Quantity, h.AmountMicros }, "IX_LedgerHours_Cube");
    }
}
