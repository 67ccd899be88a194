using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Sandbox.TenDlc;
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
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // Claimed in one statement, so message.sent is announced once whether this or FinalizeAsync gets there first.
        var claimed = await db.Messages.Where(m => m.Id == id && m.Status == "queued")
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, "sent").SetProperty(m => m.SentAt, now), ct);
        if (claimed == 0) return;
        var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        await PublishAsync(services, db, message, "message.sent", ct);
    }

    private static async Task FinalizeAsync(IServiceProvider services, Guid id, CancellationToken ct)
    {
        // Telnyx announces every message as sent before its outcome. If the sent step has not run yet (a busy machine,
        // or delays set the other way round), it runs now; its own turn later finds the message claimed.
        await MarkSentAsync(services, id, ct);
        var db = services.GetRequiredService<SandboxDbContext>();
        var ends = await db.Messages.Where(m => m.Id == id).Select(m => new { m.From, m.To }).SingleAsync(ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var review = TimeSpan.FromMilliseconds(services.GetRequiredService<SandboxRuntimeSettings>().TenDlcReviewDelayMs);
        // Telnyx accepts a text from an unregistered 10DLC number or an unverified toll-free one; the carriers refuse it on the way.
        var outcome = await SenderRegistration.IsRefusedAsync(db, ends.From, ct) ? DeliveryRules.NotTenDlcRegistered
            : await TollFreeVerifications.IsRefusedAsync(db, ends.From, now, review, ct) ? DeliveryRules.TollFreeNotVerified
            : services.GetRequiredService<DeliveryRules>().Decide(ends.To);
        var claimed = await db.Messages.Where(m => m.Id == id && (m.Status == "queued" || m.Status == "sent"))
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, outcome.Status)
                .SetProperty(m => m.ErrorCode, outcome.ErrorCode)
                .SetProperty(m => m.ErrorTitle, outcome.ErrorTitle)
                .SetProperty(m => m.SentAt, m => m.SentAt ?? now)
                .SetProperty(m => m.CompletedAt, now), ct);
        if (claimed == 0) return;
        var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        await PublishAsync(services, db, message, "message.finalized", ct);
    }

    private static async Task PublishAsync(IServiceProvider services, SandboxDbContext db, SandboxMessage message, string eventType, CancellationToken ct)
    {
        var profileUrl = message.UseProfileWebhooks
            ? await db.MessagingProfiles.Where(p => p.Id == message.MessagingProfileId).Select(p => p.WebhookUrl).FirstOrDefaultAsync(ct)
            : null;
        var url = services.GetRequiredService<WebhookDestination>().For(message.WebhookUrl, profileUrl);
        services.GetRequiredService<WebhookPublisher>().Publish(eventType, MessageResource.From(message), url, failoverUrl: message.WebhookFailoverUrl);
    }
}
