using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Billing.Ledger.Days;

public sealed class LedgerDayConfiguration : IEntityTypeConfiguration<LedgerDay>
{
    public void Configure(EntityTypeBuilder<LedgerDay> builder)
    {
        builder.ToTable("LedgerDays");
        // Day first (a WITHOUT ROWID table, see the migration): a period is one range of the key, and the chart's
        // GROUP BY Day, Type reads it in order, with no sort.
        builder.HasKey(d => new { d.Day, d.Type, d.Direction, d.CompanyNumber, d.State });
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Direction).HasMaxLength(16);
        builder.Property(d => d.CompanyNumber).HasMaxLength(32);
        builder.Property(d => d.State).HasMaxLength(2);
        // Per number and per state (GROUP BY number, state, type) read in this order need no sort, and a number filter is a
        // seek; covering, so no lookups into the table.
        builder.HasIndex(d => new { d.CompanyNumber, d.State, d.Type, d.Day, d.Direction, d.Entries, d.Quantity, d.AmountMicros }, "IX_LedgerDays_Cube");
        // The same for a state filter: a seek on the state, then per number in order.
        builder.HasIndex(d => new { d.State, d.CompanyNumber, d.Type, d.Day, d.Direction, d.Entries, d.Quantity, d.AmountMicros }, "IX_LedgerDays_State");
    }
}
