using System.Net;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Webhooks;

/// <summary>Real Ed25519-signed webhooks over HTTP into the app, applied by its background processor.</summary>
public sealed class TelnyxWebhookEndpointTests(SignedWebhookApp app) : IClassFixture<SignedWebhookApp>
{
    [Fact]
    public async Task A_signed_inbound_message_is_answered_200_stored_and_becomes_an_inbound_message()
    {
        var response = await app.PostSignedAsync(TelnyxEventJson.Inbound("evt-in-1", "msg-in-1", "Is the shop open today?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await app.SettledAsync("evt-in-1");
        Assert.Equal(WebhookEventStatus.Processed, stored.Status);
        Assert.Equal("message.received", stored.EventType);
        var message = await app.MessageAsync("msg-in-1");
        Assert.NotNull(message);
        Assert.Equal(MessageDirection.Inbound, message.Direction);
        Assert.Equal("+13125550002", message.From);
        Assert.Equal("Is the shop open today?", message.Text);
        Assert.Equal("received", message.Status);
    }

    [Fact]
    public async Task A_signed_inbound_mms_is_recorded_with_the_links_to_its_pictures()
    {
        const string photo = "https://media.telnyx.example/mms/5a1d/IMG_0042.jpeg";
        const string card = "https://media.telnyx.example/mms/5a1d/contact.vcf";
        var media = $"[{TelnyxEventJson.MediaItem(photo, "image/jpeg", 48213)},{TelnyxEventJson.MediaItem(card, "text/vcard", 311)}]";

        var response = await app.PostSignedAsync(TelnyxEventJson.Inbound("evt-mms-1", "msg-mms-1", "", type: "MMS", media: media));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync("evt-mms-1")).Status);
        var message = (await app.MessageAsync("msg-mms-1"))!;
        Assert.Equal([photo, card], message.MediaUrls ?? []);
        Assert.Equal(MessageDirection.Inbound, message.Direction);
    }

    [Fact]
    public async Task An_inbound_sms_has_no_media()
    {
        await app.PostSignedAsync(TelnyxEventJson.Inbound("evt-sms-1", "msg-sms-1", "Just words"));

        await app.SettledAsync("evt-sms-1");
        Assert.Null((await app.MessageAsync("msg-sms-1"))!.MediaUrls);
    }

    [Fact]
    public async Task A_repeated_delivery_answers_200_and_changes_nothing()
    {
        var body = TelnyxEventJson.Inbound("evt-dup-1", "msg-dup-1", "Hi");
        Assert.Equal(HttpStatusCode.OK, (await app.PostSignedAsync(body)).StatusCode);
        var first = await app.SettledAsync("evt-dup-1");

        var again = await app.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var stored = Assert.Single(await app.EventsAsync("evt-dup-1"));
        Assert.Equal(first.ReceivedAt, stored.ReceivedAt);
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(1, await app.MessageCountAsync("msg-dup-1"));
    }

    [Fact]
    public async Task A_body_signed_with_another_key_is_refused_with_401_and_nothing_is_stored()
    {
        var body = TelnyxEventJson.Inbound("evt-forged-1", "msg-forged-1", "Send me money");
        var timestamp = TelnyxWebhookSigner.Now();

        var response = await app.Signer.PostAsync(app.CreateClient(), body, timestamp: timestamp, signature: new TelnyxWebhookSigner().Sign(timestamp, body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.EventsAsync("evt-forged-1"));
        Assert.Null(await app.MessageAsync("msg-forged-1"));
    }

    [Fact]
    public async Task A_replayed_event_with_a_stale_timestamp_is_refused()
    {
        var body = TelnyxEventJson.Inbound("evt-stale-1", "msg-stale-1", "Old news");
        var stale = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds().ToString();

        var response = await app.Signer.PostAsync(app.CreateClient(), body, timestamp: stale);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.EventsAsync("evt-stale-1"));
    }

    [Fact]
    public async Task A_post_without_signature_headers_is_refused()
    {
        var response = await app.CreateClient().PostAsync("/webhooks/telnyx",
            new StringContent(TelnyxEventJson.Inbound("evt-unsigned-1", "msg-unsigned-1", "Hi"), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.EventsAsync("evt-unsigned-1"));
    }

    [Fact]
    public async Task The_failover_url_accepts_signed_events_too()
    {
        var response = await app.PostSignedAsync(TelnyxEventJson.Inbound("evt-failover-1", "msg-failover-1", "Via failover"), WebhooksFeature.TelnyxFailoverPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync("evt-failover-1")).Status);
        Assert.NotNull(await app.MessageAsync("msg-failover-1"));
    }

    [Fact]
    public async Task Finalized_before_sent_leaves_the_message_delivered_with_its_cost_counted_once()
    {
        await app.SeedOutboundAsync("msg-ooo-1");

        await app.PostSignedAsync(TelnyxEventJson.Outbound("evt-ooo-fin", "message.finalized", "msg-ooo-1", "delivered", "0.0051"));
        await app.SettledAsync("evt-ooo-fin");
        await app.PostSignedAsync(TelnyxEventJson.Outbound("evt-ooo-sent", "message.sent", "msg-ooo-1", "sent"));
        await app.SettledAsync("evt-ooo-sent");
        // Telnyx may send a second finalized under a new event id; it must not add to the bill.
        await app.PostSignedAsync(TelnyxEventJson.Outbound("evt-ooo-fin-2", "message.finalized", "msg-ooo-1", "delivered", "0.0051"));
        await app.SettledAsync("evt-ooo-fin-2");

        var message = await app.MessageAsync("msg-ooo-1");
        Assert.Equal("delivered", message!.Status);
        // Only the event that changed something told the open pages.
        var pushes = app.Live.Pushes.Where(p => p.Data.Contains("\"msg-ooo-1\"")).ToList();
        var push = Assert.Single(pushes);
        Assert.Equal(("messages", "message-status"), (push.Topic, push.Name));
        Assert.Contains("\"status\":\"delivered\"", push.Data);
        Assert.Equal(0.0051m, message.CostAmount);
        Assert.Equal("USD", message.CostCurrency);
        Assert.NotNull(message.CompletedAt);
    }

    [Fact]
    public async Task Sent_then_finalized_moves_the_message_forward_step_by_step()
    {
        await app.SeedOutboundAsync("msg-order-1");

        await app.PostSignedAsync(TelnyxEventJson.Outbound("evt-order-sent", "message.sent", "msg-order-1", "sent"));
        await app.SettledAsync("evt-order-sent");
        var sent = await app.MessageAsync("msg-order-1");
        await app.PostSignedAsync(TelnyxEventJson.Outbound("evt-order-fin", "message.finalized", "msg-order-1", "delivery_failed", "0.0051"));
        await app.SettledAsync("evt-order-fin");
        var finalized = await app.MessageAsync("msg-order-1");

        Assert.Equal("sent", sent!.Status);
        Assert.Null(sent.CostAmount);
        Assert.Equal("delivery_failed", finalized!.Status);
        Assert.Equal(0.0051m, finalized.CostAmount);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_a_telnyx_event_is_rejected_as_bad_request()
    {
        var response = await app.PostSignedAsync("""{"hello":"world"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[1,2,3]")]
    [InlineData("\"x\"")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("not json at all")]
    [InlineData("{}")]
    [InlineData("""{"data":null}""")]
    [InlineData("""{"data":[1,2,3]}""")]
    [InlineData("""{"data":"x"}""")]
    [InlineData("""{"data":{"id":42,"event_type":"message.received"}}""")]
    [InlineData("""{"data":{"id":"evt-shape-1","event_type":["message.received"]}}""")]
    [InlineData("""{"data":{"id":"evt-shape-2","event_type":"message.received","payload":null}}""")]
    [InlineData("""{"data":{"id":"evt-shape-3","event_type":"message.received","payload":[1,2,3]}}""")]
    [InlineData("""{"data":{"id":"evt-shape-4","event_type":"message.received","payload":"x"}}""")]
    public async Task A_signed_body_of_the_wrong_shape_gets_400_with_a_reason_and_stores_nothing(string body)
    {
        var before = await app.WithDbAsync(db => db.Set<WebhookEvent>().CountAsync());

        var response = await app.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Telnyx event", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<WebhookEvent>().CountAsync()));
    }
}
