namespace CrmTelnyx.Features.Webhooks;

/// <summary>One Telnyx webhook as received (the inbox): stored once per Telnyx event id, then applied in the background.</summary>
public sealed class WebhookEvent
{
    public long Id { get; set; }

    /// <summary>Telnyx's data.id; unique, so a repeated delivery is recognised.</summary>
    public required string EventId { get; set; }

    public required string EventType { get; set; }

    public DateTimeOffset? OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The body exactly as received and signed.</summary>
    public required string Payload { get; set; }

    public WebhookEventStatus Status { get; set; } = WebhookEventStatus.Pending;

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }
}

public enum WebhookEventStatus
{
    Pending,
    Processed,
    Failed,
}
