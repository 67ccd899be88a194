using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Billing.Ledger;

public sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("LedgerEntries");
        builder.Property(e => e.Source).HasMaxLength(160);
        // The once-only rule: one first entry per source; a repeat or a race fails here and is retried, then finds it.
        builder.HasIndex(e => e.Source).IsUnique().HasFilter("IsCorrection = 0");
        builder.HasIndex(e => e.OccurredAt);
        // A blast's or an agent's own entries, for the Billing tab under a blast or agent filter (per number, per state, and the
        // other table): the filter is a seek, then that blast's or agent's period in time order, with every column those
        // queries read, so no lookups into the ledger. Only rows with a blast / an agent. (The per-blast and per-agent tables
        // themselves come from the day roll-ups.)
        builder.HasIndex(e => new { e.BlastId, e.OccurredAt, e.Type, e.IsCorrection, e.Quantity, e.AmountMicros, e.Direction, e.CompanyNumber, e.State, e.AgentUserId },
                "IX_LedgerEntries_Blast")
            .HasFilter("BlastId IS NOT NULL");
        builder.HasIndex(e => new { e.AgentUserId, e.OccurredAt, e.Type, e.IsCorrection, e.Quantity, e.AmountMicros, e.Direction, e.CompanyNumber, e.State, e.BlastId },
                "IX_LedgerEntries_Agent")
            .HasFilter("AgentUserId IS NOT NULL");
        // The per-blast and per-agent tables under a number or state filter, which their day roll-ups do not keep: the filter is
        // a seek, then the period's entries. One index per filter, so that SQLite picks them even without statistics (a
        // number-then-state index needs statistics to skip-scan to a state, and without it reads the year by time).
        builder.HasIndex(e => new { e.CompanyNumber, e.OccurredAt, e.BlastId, e.Type, e.IsCorrection, e.Quantity, e.AmountMicros, e.Direction, e.State },
                "IX_LedgerEntries_BlastByNumber")
            .HasFilter("BlastId IS NOT NULL");
        builder.HasIndex(e => new { e.State, e.OccurredAt, e.BlastId, e.Type, e.IsCorrection, e.Quantity, e.AmountMicros, e.Direction, e.CompanyNumber },
                "IX_LedgerEntries_BlastByState")
            .HasFilter("BlastId IS NOT NULL");
        builder.HasIndex(e => new { e.CompanyNumber, e.OccurredAt, e.AgentUserId, e.Type, e.IsCorrection, e.Quantity, e.AmountMicros, e.Direction, e.State },
                "IX_LedgerEntries_AgentByNumber")
            .HasFilter("AgentUserId IS NOT NULL");
        builder.HasIndex(e => new { e.State, e.OccurredAt, e.AgentUserId, e.Type, e.IsCorrection, e.Quantity, e.AmountMicros, e.Direction, e.CompanyNumber },
                "IX_LedgerEntries_AgentByState")
            .HasFilter("AgentUserId IS NOT NULL");
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.CompanyNumber).HasMaxLength(32);
        builder.Property(e => e.State).HasMaxLength(2);
        builder.Property(e => e.AgentUserId).HasMaxLength(450);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.TelnyxRecordId).HasMaxLength(128);
        builder.Ignore(e => e.Amount);
    }
}
