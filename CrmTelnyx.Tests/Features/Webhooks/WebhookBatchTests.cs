using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Webhooks;

/// <summary>
/// Delivery reports are applied many to a transaction: one that cannot be applied yet is rolled back alone and tried
/// again, the others in the same run are kept, and open pages hear of each applied report.
/// </summary>
public sealed class WebhookBatchTests : IDisposable
{
    private readonly SignedWebhookApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_report_for_a_message_not_recorded_yet_fails_alone_and_the_reports_around_it_are_applied()
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz");
        await app.SeedOutboundAsync("tx-before");
        await app.SeedOutboundAsync("tx-after");
        // Stored in one commit, as the intake stores a burst: the processor finds them together and applies them as one run.
        await app.WithDbAsync(async db =>
        {
            foreach (var (eventId, messageId) in new[] { ("evt-before", "tx-before"), ("evt-not-yet", "tx-not-recorded-yet"), ("evt-after", "tx-after") })
                db.Add(new WebhookEvent
                {
                    EventId = eventId, EventType = "message.finalized", ReceivedAt = DateTimeOffset.UtcNow,
                    OccurredAt = DateTimeOffset.UtcNow, Payload = TelnyxEventJson.Outbound(eventId, "message.finalized", messageId, "delivered", "0.0040", now),
                });
            return await db.SaveChangesAsync();
        });
        app.Services.GetRequiredService<WebhookProcessorSignal>().Wake();

        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync("evt-before")).Status);
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync("evt-after")).Status);
        Assert.Equal(MessageStatuses.Delivered, (await app.MessageAsync("tx-before"))!.Status);
        Assert.Equal(0.0040m, (await app.MessageAsync("tx-after"))!.CostAmount);

        // The young report for an unknown id waits for the sender, retried until given up (3 attempts in these settings).
        var failed = await app.SettledAsync("evt-not-yet");
        Assert.Equal(WebhookEventStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("No message has Telnyx id tx-not-recorded-yet", failed.LastError);

        var statusPushes = app.Live.Pushes.Where(p => p.Name == MessageLiveEvents.StatusChanged).Select(p => p.Data).ToList();
        Assert.Contains(statusPushes, d => d.Contains("\"tx-before\""));
        Assert.Contains(statusPushes, d => d.Contains("\"tx-after\""));
        Assert.DoesNotContain(statusPushes, d => d.Contains("tx-not-recorded-yet"));
    }

    [Fact]
    public async Task A_report_retried_after_its_message_was_recorded_is_applied()
    {
        var eventId = "evt-late-" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz");
        var slow = new SignedWebhookApp();
        slow.Settings["Webhooks:RetryBaseDelay"] = "00:00:01";
        using var _ = slow;

        (await slow.PostSignedAsync(TelnyxEventJson.Outbound(eventId, "message.sent", "tx-late", "sent", null, now))).EnsureSuccessStatusCode();
        await Eventually.ReturnsAsync(async () => (await slow.EventsAsync(eventId)).Single(), e => e.Attempts == 1);
        // The sender records Telnyx's id after the report came: the retry finds it.
        await slow.SeedOutboundAsync("tx-late");

        Assert.Equal(WebhookEventStatus.Processed, (await slow.SettledAsync(eventId)).Status);
        Assert.Equal(MessageStatuses.Sent, (await slow.MessageAsync("tx-late"))!.Status);
    }
}
