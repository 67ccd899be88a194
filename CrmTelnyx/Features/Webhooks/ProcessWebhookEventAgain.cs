using CrmTelnyx.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>An admin puts an event back in the queue (after fixing what made it fail); handlers are idempotent, so this is safe.</summary>
public static class ProcessWebhookEventAgain
{
    /// <param name="form">Bound so that minimal APIs enforce the page's antiforgery token.</param>
    public static async Task<Results<RedirectHttpResult, NotFound>> HandleAsync(
        long id, IFormCollection form, CrmDbContext db, WebhookProcessorSignal signal, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var changed = await db.Set<WebhookEvent>().Where(e => e.Id == id).ExecuteUpdateAsync(e => e
            .SetProperty(x => x.Status, WebhookEventStatus.Pending)
            .SetProperty(x => x.Attempts, 0)
            .SetProperty(x => x.NextAttemptAt, (DateTimeOffset?)null), cancellationToken);
        if (changed == 0) return TypedResults.NotFound();

        loggers.CreateLogger(typeof(ProcessWebhookEventAgain)).LogInformation("Webhook event {Id} queued to be processed again", id);
        signal.Wake();
        return TypedResults.Redirect($"/webhooks/events?requeued={id}");
    }
}
