using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>The push sent to open webhook-event pages when an event was applied, failed, or waits for a retry.</summary>
public static class WebhookLiveEvents
{
    /// <summary>In the "admin" family of topics, which only admins may follow (see <see cref="LiveTopics"/>).</summary>
    public const string Topic = "admin:webhook-events";
    public const string Processed = "webhook-processed";

    public static Task PublishProcessedAsync(this ILiveNotifier live, WebhookEvent stored, CancellationToken cancellationToken) =>
        live.PublishAsync(Topic, Processed,
            new WebhookEventProcessed(stored.Id, stored.EventId, stored.EventType, stored.Status, stored.Attempts), cancellationToken);
}

/// <summary>One attempt at a stored event is over; <see cref="Status"/> says how it ended.</summary>
public sealed record WebhookEventProcessed(long Id, string EventId, string EventType, WebhookEventStatus Status, int Attempts);
