using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// Applies pending webhook events one at a time, each in a fresh DI scope: woken right after a store, and otherwise
/// sweeping at the interval or when the next retry falls due.
/// </summary>
public sealed class WebhookProcessor(
    IServiceScopeFactory scopes, WebhookProcessorSignal signal, TimeProvider time, IOptions<WebhookOptions> options, ILogger<WebhookProcessor> logger)
    : BackgroundService
{
    private const int BatchSize = 50;

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
            List<long> due;
            DateTimeOffset? next;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var events = scope.ServiceProvider.GetRequiredService<CrmDbContext>().Set<WebhookEvent>();
                due = await events
                    .Where(e => e.Status == WebhookEventStatus.Pending && (e.NextAttemptAt == null || e.NextAttemptAt <= now))
                    .OrderBy(e => e.Id).Select(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
                next = due.Count > 0 ? null : await events
                    .Where(e => e.Status == WebhookEventStatus.Pending && e.NextAttemptAt != null)
                    .OrderBy(e => e.NextAttemptAt).Select(e => e.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
            }
            if (due.Count == 0) return next is null ? null : next.Value - time.GetUtcNow();

            foreach (var id in due)
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ApplyWebhookEvent>().RunAsync(id, cancellationToken);
            }
        }
    }
}
