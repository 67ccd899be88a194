using System.Text.Json;
using CrmTelnyx.Data;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// Applies stored events through the handlers for their type; on failure records why and when to try again.
/// Events whose handlers only write the database are applied many to one transaction (<see cref="RunBatchAsync"/>).
/// </summary>
public sealed class ApplyWebhookEvent(
    CrmDbContext db, IEnumerable<IWebhookEventHandler> handlers, AfterWebhookCommit afterCommit, WebhookWriteTurns writeTurns, ILiveNotifier live, TimeProvider time,
    IOptions<WebhookOptions> options, ILogger<ApplyWebhookEvent> logger)
{
    private const string EventSavepoint = "webhook_event";

    /// <summary>Whether events of this type may share a transaction: every handler for it only writes the database.</summary>
    public bool CanBatch(string eventType) => HandlersFor(eventType).All(h => h.OnlyWritesTheDatabase);

    /// <summary>Applies one event on its own: each handler saves (and commits) its own changes.</summary>
    public async Task RunAsync(long id, CancellationToken cancellationToken)
    {
        var stored = await db.Set<WebhookEvent>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (stored is null || stored.Status != WebhookEventStatus.Pending) return;
        var attempts = stored.Attempts + 1;
        try
        {
            await ApplyAsync(stored, attempts, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Drop whatever a handler left half-done; only the failure itself is saved.
            db.ChangeTracker.Clear();
            stored = await RecordFailureAsync(id, attempts, ex, cancellationToken);
            LogFailure(stored, ex);
        }
        // Without a transaction, what a handler saved stays saved even when a later step failed, so its pushes go.
        await afterCommit.RunAsync(cancellationToken);
        await AnnounceAsync(stored, cancellationToken);
    }

    /// <summary>
    /// Applies pending events in one transaction, one commit instead of one (or more) per event. Each event runs
    /// inside a savepoint: a failed one is rolled back alone and recorded as failed, the others are kept. Pushes wait
    /// for the commit; if the commit itself fails, nothing is kept and the events are tried again at the next sweep.
    /// </summary>
    public async Task RunBatchAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var pending = await db.Set<WebhookEvent>().AsNoTracking()
            .Where(e => ids.Contains(e.Id) && e.Status == WebhookEventStatus.Pending).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        if (pending.Count == 0) return;

        var done = new List<WebhookEvent>(pending.Count);
        var failures = new List<(WebhookEvent Stored, Exception Error)>();
        // Our savepoint per event replaces the one EF would open around every SaveChanges.
        db.Database.AutoSavepointsEnabled = false;
        using (await writeTurns.TakeAsync(cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var stored in pending)
            {
                var attempts = stored.Attempts + 1;
                var mark = afterCommit.Mark;
                await transaction.CreateSavepointAsync(EventSavepoint, cancellationToken);
                try
                {
                    db.Attach(stored);
                    await ApplyAsync(stored, attempts, cancellationToken);
                    await transaction.ReleaseSavepointAsync(EventSavepoint, cancellationToken);
                    done.Add(stored);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    await transaction.RollbackToSavepointAsync(EventSavepoint, cancellationToken);
                    await transaction.ReleaseSavepointAsync(EventSavepoint, cancellationToken);
                    db.ChangeTracker.Clear();
                    afterCommit.DropFrom(mark);
                    failures.Add((await RecordFailureAsync(stored.Id, attempts, ex, cancellationToken), ex));
                }
                // Each event starts from an empty tracker, so a batch costs no more per event than its first one.
                db.ChangeTracker.Clear();
            }
            await transaction.CommitAsync(cancellationToken);
        }

        await afterCommit.RunAsync(cancellationToken);
        foreach (var stored in done) await AnnounceAsync(stored, cancellationToken);
        foreach (var (stored, error) in failures)
        {
            LogFailure(stored, error);
            await AnnounceAsync(stored, cancellationToken);
        }
    }

    private IEnumerable<IWebhookEventHandler> HandlersFor(string eventType) =>
        handlers.Where(h => h.EventTypes.Contains(eventType)).OrderBy(h => h.Order);

    private async Task ApplyAsync(WebhookEvent stored, int attempts, CancellationToken cancellationToken)
    {
        var envelope = JsonSerializer.Deserialize<TelnyxWebhookEnvelope>(stored.Payload, TelnyxJson.SnakeCase)
            ?? throw new JsonException("The event body is empty.");
        // An event without occurred_at is taken to have happened when it arrived, not "now" at each retry.
        var occurredAt = stored.OccurredAt ?? stored.ReceivedAt;
        foreach (var handler in HandlersFor(stored.EventType))
            await handler.HandleAsync(envelope.Data, occurredAt, cancellationToken);

        stored.Status = WebhookEventStatus.Processed;
        stored.Attempts = attempts;
        stored.ProcessedAt = time.GetUtcNow();
        stored.NextAttemptAt = null;
        stored.LastError = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves the failed attempt and when to try again (or that it was given up); logging is the caller's, after the commit.</summary>
    private async Task<WebhookEvent> RecordFailureAsync(long id, int attempts, Exception error, CancellationToken cancellationToken)
    {
        var stored = await db.Set<WebhookEvent>().SingleAsync(e => e.Id == id, cancellationToken);
        var giveUp = attempts >= options.Value.MaxAttempts;
        stored.Attempts = attempts;
        stored.LastError = Truncate($"{error.GetType().Name}: {error.Message}", 2000);
        stored.Status = giveUp ? WebhookEventStatus.Failed : WebhookEventStatus.Pending;
        stored.NextAttemptAt = giveUp ? null : time.GetUtcNow() + WebhookRetrySchedule.DelayAfter(attempts, options.Value);
        await db.SaveChangesAsync(cancellationToken);
        return stored;
    }

    private void LogFailure(WebhookEvent stored, Exception error)
    {
        if (stored.Status == WebhookEventStatus.Failed)
            logger.LogError(error, "Webhook event {EventId} ({Type}) failed {Attempts} times and was given up", stored.EventId, stored.EventType, stored.Attempts);
        else
            logger.LogWarning(error, "Webhook event {EventId} ({Type}) failed (attempt {Attempts}); next try at {Next}",
                stored.EventId, stored.EventType, stored.Attempts, stored.NextAttemptAt);
    }

    private Task AnnounceAsync(WebhookEvent stored, CancellationToken cancellationToken) => live.PublishProcessedAsync(stored, cancellationToken);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
