using System.Diagnostics;
using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// Applies pending webhook events in arrival order, in a fresh DI scope per run of events: woken right after a store,
/// and otherwise sweeping at the interval or when the next retry falls due.
/// </summary>
public sealed class WebhookProcessor(
    IServiceScopeFactory scopes, WebhookInbox inbox, WebhookProcessorSignal signal, TimeProvider time, IOptions<WebhookOptions> options, ILogger<WebhookProcessor> logger)
    : BackgroundService
{
    private const int BatchSize = 50;
    /// <summary>The most events one transaction applies: the inbox writer waits for at most one such run.</summary>
    private const int RunSize = 10;
    private static readonly TimeSpan MaxRest = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.SweepInterval;
            try
            {
                var nextDue = await ProcessDueAsync(stoppingToken);
                if (nextDue < wait) wait = nextDue.Value < TimeSpan.Zero ? TimeSpan.Zero : nextDue.Value;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop webhook processing for good; the next sweep tries again.
                logger.LogError(ex, "Webhook processing failed; trying again in {Wait}", wait);
            }
            await signal.WaitAsync(wait, time, stoppingToken);
        }
    }

    /// <returns>How long until the next pending event falls due, if any is waiting.</returns>
    private async Task<TimeSpan?> ProcessDueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            List<(long Id, bool Batchable)> due;
            DateTimeOffset? next;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var events = scope.ServiceProvider.GetRequiredService<CrmDbContext>().Set<WebhookEvent>();
                var apply = scope.ServiceProvider.GetRequiredService<ApplyWebhookEvent>();
                due = (await events
                        .Where(e => e.Status == WebhookEventStatus.Pending && (e.NextAttemptAt == null || e.NextAttemptAt <= now))
                        .OrderBy(e => e.Id).Select(e => new { e.Id, e.EventType }).Take(BatchSize).ToListAsync(cancellationToken))
                    .Select(e => (e.Id, apply.CanBatch(e.EventType))).ToList();
                next = due.Count > 0 ? null : await events
                    .Where(e => e.Status == WebhookEventStatus.Pending && e.NextAttemptAt != null)
                    .OrderBy(e => e.NextAttemptAt).Select(e => e.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
            }
            if (due.Count == 0) return next is null ? null : next.Value - time.GetUtcNow();

            // In arrival order: a run of delivery reports shares a transaction; an event whose handlers call Telnyx
            // (an inbound STOP's confirmation) is applied alone, so nothing it sent can be rolled back with others.
            foreach (var run in Runs(due))
            {
                var started = Stopwatch.GetTimestamp();
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var apply = scope.ServiceProvider.GetRequiredService<ApplyWebhookEvent>();
                    if (run.Batchable) await apply.RunBatchAsync(run.Ids, cancellationToken);
                    else await apply.RunAsync(run.Ids[0], cancellationToken);
                }
                // In a burst, answering Telnyx comes first: a late answer is delivered again, adding to the burst. So while
                // events keep arriving the processor rests four times as long as its run took (a fifth of the time, a few
                // hundred events a second), leaving the CPU to intake; batched, it catches up quickly after the burst.
                // Capped: a run that waited long for the database (a big blast starting) is no reason to stop applying.
                if (run.Batchable && inbox.IsReceiving) await Task.Delay(Rest(Stopwatch.GetElapsedTime(started)), cancellationToken);
            }
        }
    }

    private static TimeSpan Rest(TimeSpan worked) => 4 * worked < MaxRest ? 4 * worked : MaxRest;

    private static IEnumerable<(bool Batchable, List<long> Ids)> Runs(List<(long Id, bool Batchable)> due)
    {
        List<long>? batch = null;
        foreach (var (id, batchable) in due)
        {
            if (batchable)
            {
                (batch ??= []).Add(id);
                if (batch.Count < RunSize) continue;
                yield return (true, batch);
                batch = null;
                continue;
            }
            if (batch is not null) yield return (true, batch);
            batch = null;
            yield return (false, [id]);
        }
        if (batch is not null) yield return (true, batch);
    }
}
