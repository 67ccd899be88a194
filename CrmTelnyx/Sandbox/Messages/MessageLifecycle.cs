using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Sandbox.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Messages;

/// <summary>Moves a queued message to sent, then delivered or failed, announcing each step with its webhook.</summary>
public sealed class MessageLifecycle(SandboxScheduler scheduler, SandboxRuntimeSettings runtime)
{
    public void ScheduleDelivery(Guid messageId)
    {
        scheduler.Schedule(TimeSpan.FromMilliseconds(runtime.MessageSentDelayMs), "message.sent", (services, ct) => MarkSentAsync(services, messageId, ct));
        scheduler.Schedule(TimeSpan.FromMilliseconds(runtime.MessageFinalizedDelayMs), "message.finalized", (services, ct) => FinalizeAsync(services, messageId, ct));
    }

    private static async Task MarkSentAsync(IServiceProvider services, Guid id, CancellationToken ct)
    {
        var db = services.GetRequiredService<SandboxDbContext>();
        var message = await db.Messages.SingleAsync(m => m.Id == id, ct);
        // A finalize that ran first (delays changed) already decided; the carrier never reports sent after that.
        if (message.Status != "queued") return;
        message.Status = "sent";
        message.SentAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await PublishAsync(services, db, message, "message.sent", ct);
    }

    private static async Task FinalizeAsync(IServiceProvider services, Guid id, CancellationToken ct)
    {
        var db = services.GetRequiredService<SandboxDbContext>();
        var message = await db.Messages.SingleAsync(m => m.Id == id, ct);
        if (message.Status is not ("queued" or "sent")) return;
        var outcome = services.GetRequiredService<DeliveryRules>().Decide(message.To);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        message.Status = outcome.Status;
        message.ErrorCode = outcome.ErrorCode;
        message.ErrorTitle = outcome.ErrorTitle;
        message.SentAt ??= now;
        message.CompletedAt = now;
        await db.SaveChangesAsync(ct);
        await PublishAsync(services, db, message, "message.finalized", ct);
    }

    private static async Task PublishAsync(IServiceProvider services, SandboxDbContext db, SandboxMessage message, string eventType, CancellationToken ct)
    {
        var profileUrl = await db.MessagingProfiles.Where(p => p.Id == message.MessagingProfileId).Select(p => p.WebhookUrl).FirstOrDefaultAsync(ct);
        var url = services.GetRequiredService<WebhookDestination>().For(message.WebhookUrl, profileUrl);
        services.GetRequiredService<WebhookPublisher>().Publish(eventType, MessageResource.From(message), url);
    }
}
