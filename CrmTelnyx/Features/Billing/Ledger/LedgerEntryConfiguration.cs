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
        // The Billing tab's per-blast and per-agent tables read the ledger (the hourly roll-up keeps neither): these hold only
        // blast texts / agent calls, in time order, with what those tables add up, so a period is read without the rest.
        builder.HasIndex(e => new { e.OccurredAt, e.BlastId, e.Type, e.IsCorrection, e.Quantity, e.AmountMicros }, "IX_LedgerEntries_Blast")
            .HasFilter("BlastId IS NOT NULL");
        builder.HasIndex(e => new { e.OccurredAt, e.AgentUserId, e.Type, e.IsCorrection, e.Quantity, e.AmountMicros }, "IX_LedgerEntries_Agent")
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
