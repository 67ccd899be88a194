using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Features.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>A send that timed out (so it has no Telnyx id) is matched by Telnyx's own events for it.</summary>
public sealed class UnconfirmedSendTests : IDisposable
{
    private readonly SignedWebhookApp app = new();

    public void Dispose() => app.Dispose();

    /// <summary>What SendSingleText leaves when Telnyx's answer never came back.</summary>
    private Task<long> SeedUnconfirmedAsync(string text, string? note = "It is not known whether Telnyx sent this message (timeout). Check before sending it again.") =>
        app.WithDbAsync(async db =>
        {
            var message = new Message
            {
                Direction = MessageDirection.Outbound, From = "+13125550001", To = "+13125550002", Text = text,
                Status = MessageStatuses.Sending, ErrorDetail = note, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

    private Task<Message> MessageAsync(long id) => app.WithDbAsync(db => db.Set<Message>().AsNoTracking().SingleAsync(m => m.Id == id));

    private async Task PostAsync(string eventType, string telnyxId, string status, string? cost = null)
    {
        var eventId = Guid.NewGuid().ToString();
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz");
        (await app.PostSignedAsync(TelnyxEventJson.Outbound(eventId, eventType, telnyxId, status, cost, now))).EnsureSuccessStatusCode();
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync(eventId)).Status);
    }

    [Fact]
    public async Task A_send_with_no_answer_takes_the_id_and_status_from_Telnyx_events_and_loses_its_warning()
    {
        var unconfirmed = await SeedUnconfirmedAsync("Hello");

        await PostAsync("message.sent", "tx-late-1", "sent");
        await PostAsync("message.finalized", "tx-late-1", "delivered", cost: "0.0040");

        var message = await MessageAsync(unconfirmed);
        Assert.Equal("tx-late-1", message.TelnyxMessageId);
        Assert.Equal("delivered", message.Status);
        Assert.Equal(0.0040m, message.CostAmount);
        Assert.Null(message.ErrorDetail);
    }

    [Fact]
    public async Task Only_a_finished_send_with_the_same_text_is_matched()
    {
        var otherText = await SeedUnconfirmedAsync("Something else");
        var stillWaiting = await SeedUnconfirmedAsync("Hello", note: null);
        var webhookEventAgeLimit = ApplyMessageStatusEvent.WaitForSender;

        var eventId = Guid.NewGuid().ToString();
        var old = DateTimeOffset.UtcNow.Add(-webhookEventAgeLimit - TimeSpan.FromMinutes(1)).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz");
        (await app.PostSignedAsync(TelnyxEventJson.Outbound(eventId, "message.finalized", "tx-other", "delivered", null, old))).EnsureSuccessStatusCode();
        await app.SettledAsync(eventId);

        Assert.Null((await MessageAsync(otherText)).TelnyxMessageId);
        Assert.Null((await MessageAsync(stillWaiting)).TelnyxMessageId);
    }
}

/// <summary>Telnyx always sends occurred_at; an event without one is dated by its arrival.</summary>
public sealed class EventWithoutOccurredAtTests : IDisposable
{
    private readonly SignedWebhookApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_status_event_without_occurred_at_for_a_message_this_app_never_sent_is_ignored_once_old()
    {
        var body = System.Text.RegularExpressions.Regex.Replace(
            TelnyxEventJson.Outbound("evt-undated", "message.finalized", "tx-from-another-tool", "delivered"), "\"occurred_at\":\"[^\"]*\",", "");
        var id = await app.WithDbAsync(async db =>
        {
            var stored = new WebhookEvent
            {
                EventId = "evt-undated", EventType = "message.finalized", Payload = body,
                ReceivedAt = DateTimeOffset.UtcNow - ApplyMessageStatusEvent.WaitForSender - TimeSpan.FromMinutes(1),
            };
            db.Add(stored);
            await db.SaveChangesAsync();
            return stored.Id;
        });

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ApplyWebhookEvent>().RunAsync(id, CancellationToken.None);

        var settled = await app.SettledAsync("evt-undated");
        Assert.Equal(WebhookEventStatus.Processed, settled.Status);
        Assert.Null(settled.LastError);
    }
}
