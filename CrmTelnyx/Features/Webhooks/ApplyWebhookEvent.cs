using System.Text.Json;
using CrmTelnyx.Data;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>Applies one stored event through the handlers for its type; on failure records why and when to try again.</summary>
public sealed class ApplyWebhookEvent(
    CrmDbContext db, IEnumerable<IWebhookEventHandler> handlers, ILiveNotifier live, TimeProvider time, IOptions<WebhookOptions> options, ILogger<ApplyWebhookEvent> logger)
{
    public async Task RunAsync(long id, CancellationToken cancellationToken)
    {
        var stored = await db.Set<WebhookEvent>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (stored is null || stored.Status != WebhookEventStatus.Pending) return;
        var attempts = stored.Attempts + 1;

        try
        {
            var envelope = JsonSerializer.Deserialize<TelnyxWebhookEnvelope>(stored.Payload, TelnyxJson.SnakeCase)
                ?? throw new JsonException("The event body is empty.");
            // An event without occurred_at is taken to have happened when it arrived, not "now" at each retry.
            var occurredAt = stored.OccurredAt ?? stored.ReceivedAt;
            foreach (var handler in handlers.Where(h => h.EventTypes.Contains(stored.EventType)).OrderBy(h => h.Order))
                await handler.HandleAsync(envelope.Data, occurredAt, cancellationToken);

            stored.Status = WebhookEventStatus.Processed;
            stored.Attempts = attempts;
            stored.ProcessedAt = time.GetUtcNow();
            stored.NextAttemptAt = null;
            stored.LastError = null;
            await db.SaveChangesAsync(cancellationToken);
            await live.PublishProcessedAsync(stored, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(id, attempts, ex, cancellationToken);
        }
    }

    private async Task RecordFailureAsync(long id, int attempts, Exception error, CancellationToken cancellationToken)
    {
        // Drop whatever a handler left half-done; only the failure itself is saved.
        db.ChangeTracker.Clear();
        var stored = await db.Set<WebhookEvent>().SingleAsync(e => e.Id == id, cancellationToken);
        var giveUp = attempts >= options.Value.MaxAttempts;
        stored.Attempts = attempts;
        stored.LastError = Truncate($"{error.GetType().Name}: {error.Message}", 2000);
        stored.Status = giveUp ? WebhookEventStatus.Failed : WebhookEventStatus.Pending;
        stored.NextAttemptAt = giveUp ? null : time.GetUtcNow() + WebhookRetrySchedule.DelayAfter(attempts, options.Value);
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishProcessedAsync(stored, cancellationToken);

        if (giveUp)
            logger.LogError(error, "Webhook event {EventId} ({Type}) failed {Attempts} times and was given up", stored.EventId, stored.EventType, attempts);
        else
            logger.LogWarning(error, "Webhook event {EventId} ({Type}) failed (attempt {Attempts}); next try at {Next}",
                stored.EventId, stored.EventType, attempts, stored.NextAttemptAt);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
