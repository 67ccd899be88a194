using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Billing.Reconciliation;

public sealed class ReconciliationRunConfiguration : IEntityTypeConfiguration<ReconciliationRun>
{
    public void Configure(EntityTypeBuilder<ReconciliationRun> builder)
    {
        builder.ToTable("ReconciliationRuns");
        builder.HasIndex(r => new { r.Day, r.StartedAt });
        builder.Property(r => r.StartedBy).HasMaxLength(256);
        builder.Property(r => r.Error).HasMaxLength(1000);
        builder.HasMany(r => r.Differences).WithOne().HasForeignKey(d => d.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReconciliationDifferenceConfiguration : IEntityTypeConfiguration<ReconciliationDifference>
{
    public void Configure(EntityTypeBuilder<ReconciliationDifference> builder)
    {
        builder.ToTable("ReconciliationDifferences");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.TelnyxRecordId).HasMaxLength(128);
        builder.Property(d => d.From).HasMaxLength(32);
        builder.Property(d => d.To).HasMaxLength(32);
    }
}
