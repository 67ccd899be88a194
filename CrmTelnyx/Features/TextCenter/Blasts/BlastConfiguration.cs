using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.TextCenter.Blasts;

public sealed class BlastConfiguration : IEntityTypeConfiguration<Blast>
{
    public void Configure(EntityTypeBuilder<Blast> builder)
    {
        builder.ToTable("Blasts");
        builder.Property(b => b.Name).HasMaxLength(BlastLimits.NameLength);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Text).HasMaxLength(BlastLimits.TextLength);
        builder.Property(b => b.MediaUrl).HasMaxLength(BlastLimits.MediaUrlLength);
        builder.Property(b => b.AudienceJson).HasMaxLength(200_000);
        builder.Property(b => b.AudienceDescription).HasMaxLength(500);
        builder.Property(b => b.Rotation).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.SendersJson).HasMaxLength(20_000);
        builder.Property(b => b.CreatedByUserId).HasMaxLength(450);
        builder.Property(b => b.CreatedBy).HasMaxLength(256);
        builder.Property(b => b.LastAction).HasMaxLength(500);
        builder.Property(b => b.Error).HasMaxLength(1000);
        builder.Property(b => b.EstimatedCost).HasPrecision(18, 6);
        builder.Property(b => b.ScheduledFor).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(b => b.CreatedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(b => b.StartedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(b => b.PausedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(b => b.CompletedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(b => b.EstimatedFinishAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.HasIndex(b => b.CreatedAt);
        builder.HasIndex(b => new { b.Status, b.ScheduledFor });
    }
}
