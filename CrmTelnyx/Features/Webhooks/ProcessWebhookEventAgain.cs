using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>An admin puts an event back in the queue (after fixing what made it fail); handlers are idempotent, so this is safe.</summary>
public sealed class ProcessWebhookEventAgain(CrmDbContext db, WebhookProcessorSignal signal, ILogger<ProcessWebhookEventAgain> logger)
{
    /// <returns>False when there is no such event.</returns>
    public async Task<bool> RunAsync(long id, CancellationToken cancellationToken = default)
    {
        var changed = await db.Set<WebhookEvent>().Where(e => e.Id == id).ExecuteUpdateAsync(e => e
            .SetProperty(x => x.Status, WebhookEventStatus.Pending)
            .SetProperty(x => x.Attempts, 0)
            .SetProperty(x => x.NextAttemptAt, (DateTimeOffset?)null), cancellationToken);
        if (changed == 0) return false;

        logger.LogInformation("Webhook event {Id} queued to be processed again", id);
        signal.Wake();
        return true;
    }
}
