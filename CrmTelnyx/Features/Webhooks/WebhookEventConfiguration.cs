using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Webhooks;

public sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> builder)
    {
        builder.ToTable("WebhookEvents");
        builder.Property(e => e.EventId).HasMaxLength(100);
        builder.HasIndex(e => e.EventId).IsUnique();
        builder.Property(e => e.EventType).HasMaxLength(100);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.LastError).HasMaxLength(2000);
        builder.Property(e => e.ReceivedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(e => e.OccurredAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(e => e.NextAttemptAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(e => e.ProcessedAt).HasConversion<UtcDateTimeOffsetConverter>();
        // The processor's query: due pending events.
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
    }
}
