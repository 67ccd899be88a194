using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.Messages;
using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Telnyx;

/// <summary>
/// The product's own Telnyx client against the product's own sandbox, over real HTTP both ways: requests go out
/// through <see cref="TelnyxClient"/>, the sandbox's signed webhooks come back into /webhooks/telnyx, are verified
/// with the sandbox's public key, stored in the inbox and applied by the background processor.
/// Each test uses its own destination numbers, so they share one running app.
/// </summary>
public sealed class SandboxRoundTripTests(SandboxRoundTripApp app) : IClassFixture<SandboxRoundTripApp>
{
    [Fact]
    public async Task A_text_sent_from_an_owned_number_ends_delivered_with_its_cost_recorded_once()
    {
        var from = await OwnedNumberAsync();

        var sent = await SendTextAsync(from, "+13125550191", "Your table is booked for 7pm.");

        await app.ProcessedAsync(TelnyxEventTypes.MessageSent, IsMessage(sent.TelnyxMessageId));
        var finalizedEvent = await app.ProcessedAsync(TelnyxEventTypes.MessageFinalized, IsMessage(sent.TelnyxMessageId));
        var message = await MessageAsync(sent.Id);
        Assert.Equal(MessageStatuses.Delivered, message.Status);
        var charged = (await InScopeAsync((TelnyxClient telnyx) => telnyx.GetMessageAsync(sent.TelnyxMessageId!))).Cost!;
        Assert.Equal(0.0070m, charged.Amount);
        Assert.Equal(charged.Amount, message.CostAmount);
        Assert.Equal("USD", message.CostCurrency);
        Assert.Equal((decimal?)0.0070m, Amount(SandboxRoundTripApp.PayloadOf(finalizedEvent)));
        Assert.Equal(1, message.Parts);
        app.AssertEveryWebhookWasAccepted();
    }

    [Fact]
    public async Task A_text_to_a_number_ending_0000_ends_delivery_failed_with_40008()
    {
        var sent = await SendTextAsync(await OwnedNumberAsync(), "+13125550000", "Reminder: your appointment is tomorrow.");

        await app.ProcessedAsync(TelnyxEventTypes.MessageFinalized, IsMessage(sent.TelnyxMessageId));
        var message = await MessageAsync(sent.Id);
        Assert.Equal(MessageStatuses.DeliveryFailed, message.Status);
        Assert.Equal("40008", message.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(message.ErrorDetail));
        app.AssertEveryWebhookWasAccepted();
    }

    [Fact]
    public async Task Replayed_late_tampered_stale_and_foreign_copies_of_the_sandboxs_webhooks_change_nothing()
    {
        var sent = await SendTextAsync(await OwnedNumberAsync(), "+13125550195", "See you Friday.");
        var sentBody = (await app.ProcessedAsync(TelnyxEventTypes.MessageSent, IsMessage(sent.TelnyxMessageId))).Payload;
        var finalizedBody = (await app.ProcessedAsync(TelnyxEventTypes.MessageFinalized, IsMessage(sent.TelnyxMessageId))).Payload;
        var signer = app.Factory.Services.GetRequiredService<SandboxCredentials>().Signer;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        // The same delivery again, as Telnyx retries: accepted, stored once.
        Assert.Equal(HttpStatusCode.OK, await PostWebhookAsync(sentBody, now, signer.Sign(now, sentBody)));
        Assert.Single(await app.InboxAsync(TelnyxEventTypes.MessageSent, IsMessage(sent.TelnyxMessageId)));

        // A late message.sent and a second message.finalized (new event ids): applied, yet delivered stays and the cost is not doubled.
        var lateSent = WithEventId(sentBody, Guid.NewGuid().ToString());
        var secondFinalized = WithEventId(finalizedBody, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, await PostWebhookAsync(lateSent, now, signer.Sign(now, lateSent)));
        Assert.Equal(HttpStatusCode.OK, await PostWebhookAsync(secondFinalized, now, signer.Sign(now, secondFinalized)));
        await Eventually.ReturnsAsync(
            () => app.InboxAsync(TelnyxEventTypes.MessageSent, IsMessage(sent.TelnyxMessageId)),
            events => events.Count == 2 && events.All(e => e.Status == WebhookEventStatus.Processed));
        await Eventually.ReturnsAsync(
            () => app.InboxAsync(TelnyxEventTypes.MessageFinalized, IsMessage(sent.TelnyxMessageId)),
            events => events.Count == 2 && events.All(e => e.Status == WebhookEventStatus.Processed));
        var message = await MessageAsync(sent.Id);
        Assert.Equal(MessageStatuses.Delivered, message.Status);
        Assert.Equal(0.0070m, message.CostAmount);

        // Refused with 401 and never stored: a body changed after signing, a stale timestamp, another key's signature.
        var tampered = WithEventId(sentBody, Guid.NewGuid().ToString());
        var stale = DateTimeOffset.UtcNow.AddSeconds(-301).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var staleBody = WithEventId(sentBody, Guid.NewGuid().ToString());
        var foreignBody = WithEventId(sentBody, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(tampered, now, signer.Sign(now, sentBody)));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(staleBody, stale, signer.Sign(stale, staleBody)));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(foreignBody, now, new TelnyxWebhookSigner().Sign(now, foreignBody)));
        Assert.Equal(2, (await app.InboxAsync(TelnyxEventTypes.MessageSent, IsMessage(sent.TelnyxMessageId))).Count);
    }

    [Fact]
    public async Task A_contact_texting_in_arrives_as_an_inbound_message_and_STOP_opts_them_out_so_nothing_more_is_sent()
    {
        const string contactPhone = "+13125550192";
        var ours = await OwnedNumberAsync();
        await AddContactAsync(contactPhone);
        await TextInFromSandboxPageAsync(contactPhone, ours, "Is the shop open on Sunday?");
        var inbound = await Eventually.ReturnsAsync(
            () => app.Factory.WithDbAsync(db => db.Set<Message>().AsNoTracking()
                .Where(m => m.Direction == MessageDirection.Inbound && m.From == contactPhone).ToListAsync()),
            found => found.Count == 1);
        Assert.Equal(ours, inbound[0].To);
        Assert.Equal("Is the shop open on Sunday?", inbound[0].Text);
        Assert.Equal(MessageStatuses.Received, inbound[0].Status);

        await TextInFromSandboxPageAsync(contactPhone, ours, "STOP");
        await Eventually.ReturnsAsync(
            () => app.Factory.WithDbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.Phone == contactPhone)),
            contact => contact.Consent == ConsentStatus.OptedOut);
        // The opt-out is saved first, on its own; the STOP text and its confirmation are stored after it. Counted once all are in.
        await app.ProcessedAsync(TelnyxEventTypes.MessageReceived,
            p => (string?)p["from"]?["phone_number"] == contactPhone && (string?)p["text"] == "STOP");

        // Counted for this contact only: the class's other tests share the app, and their texts may still be arriving.
        var messagesBefore = await app.Factory.WithDbAsync(db => db.Set<Message>().CountAsync(m => m.From == contactPhone || m.To == contactPhone));
        var refused = await InScopeAsync((SendSingleText send) => send.SendAsync(TextSenders.Staff, ours, contactPhone, "We miss you! 20% off this week."));

        Assert.Null(refused.Message);
        Assert.Equal("(312) 555-0192 has opted out of texts (replied STOP), so it cannot be texted.", refused.Error);
        Assert.Equal(messagesBefore, await app.Factory.WithDbAsync(db => db.Set<Message>().CountAsync(m => m.From == contactPhone || m.To == contactPhone)));
        Assert.Equal(0, await SandboxOutboundCountAsync(contactPhone));
        app.AssertEveryWebhookWasAccepted();
    }

    [Fact]
    public async Task A_call_rings_is_answered_recorded_and_hung_up_with_every_event_in_the_inbox()
    {
        var call = await DialAsync("+13125550193");
        bool ThisCall(JsonNode payload) => (string?)payload["call_session_id"] == call.CallSessionId;

        await app.ProcessedAsync(TelnyxEventTypes.CallInitiated, ThisCall);
        await app.ProcessedAsync(TelnyxEventTypes.CallAnswered, ThisCall);
        await InScopeAsync(async (TelnyxClient telnyx) =>
        {
            await telnyx.StartRecordingAsync(call.CallControlId, new StartRecordingRequest("wav", "single"));
            await telnyx.StopRecordingAsync(call.CallControlId);
            return await telnyx.HangupAsync(call.CallControlId);
        });

        var saved = SandboxRoundTripApp.PayloadOf(await app.ProcessedAsync(TelnyxEventTypes.CallRecordingSaved, ThisCall));
        var hangup = SandboxRoundTripApp.PayloadOf(await app.ProcessedAsync(TelnyxEventTypes.CallHangup, ThisCall));
        Assert.Equal("normal_clearing", (string?)hangup["hangup_cause"]);
        Assert.Equal("caller", (string?)hangup["hangup_source"]);

        using var download = new HttpClient();
        var wav = await download.GetByteArrayAsync((string)saved["recording_urls"]!["wav"]!);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(wav, 8, 4));
        Assert.False((await InScopeAsync((TelnyxClient telnyx) => telnyx.GetCallAsync(call.CallControlId))).IsAlive);
        app.AssertEveryWebhookWasAccepted();
    }

    [Fact]
    public async Task A_call_to_a_busy_number_hangs_up_as_busy_without_being_answered()
    {
        var call = await DialAsync("+13125550001");
        bool ThisCall(JsonNode payload) => (string?)payload["call_session_id"] == call.CallSessionId;

        var hangup = SandboxRoundTripApp.PayloadOf(await app.ProcessedAsync(TelnyxEventTypes.CallHangup, ThisCall));

        Assert.Equal("user_busy", (string?)hangup["hangup_cause"]);
        Assert.Equal("486", (string?)hangup["sip_hangup_cause"]);
        await app.ProcessedAsync(TelnyxEventTypes.CallInitiated, ThisCall);
        Assert.Empty(await app.InboxAsync(TelnyxEventTypes.CallAnswered, ThisCall));
        app.AssertEveryWebhookWasAccepted();
    }

    [Fact]
    public async Task A_number_searched_by_area_code_can_be_bought_and_released()
    {
        var found = await InScopeAsync((TelnyxClient telnyx) =>
            telnyx.SearchAvailableNumbersAsync(new AvailableNumberSearch { AreaCode = "617", Features = ["sms", "voice"], Limit = 3 }));
        Assert.Equal(3, found.Count);
        Assert.All(found, n => Assert.StartsWith("+1617", n.PhoneNumber));
        var wanted = found[0].PhoneNumber;

        var connection = app.Factory.Services.GetRequiredService<ITelnyxConnectionSource>().Current;
        var order = await InScopeAsync((TelnyxClient telnyx) => telnyx.CreateNumberOrderAsync(
            new CreateNumberOrderRequest([new NumberOrderItem(wanted)])
            {
                MessagingProfileId = connection.MessagingProfileId,
                ConnectionId = connection.ConnectionId,
            }));
        var complete = await app.ProcessedAsync(TelnyxEventTypes.NumberOrderComplete, payload => (string?)payload["id"] == order.Id);
        Assert.Equal("success", (string?)SandboxRoundTripApp.PayloadOf(complete)["status"]);

        var owned = (await InScopeAsync((TelnyxClient telnyx) => telnyx.ListAllPhoneNumbersAsync())).Single(n => n.PhoneNumber == wanted);
        Assert.Equal("active", owned.Status);
        Assert.Equal(connection.MessagingProfileId, owned.MessagingProfileId);
        Assert.Equal(connection.ConnectionId, owned.ConnectionId);

        await InScopeAsync((TelnyxClient telnyx) => telnyx.DeletePhoneNumberAsync(owned.Id));
        var afterRelease = await InScopeAsync((TelnyxClient telnyx) => telnyx.ListAllPhoneNumbersAsync());
        Assert.DoesNotContain(afterRelease, n => n.PhoneNumber == wanted);
        app.AssertEveryWebhookWasAccepted();
    }

    [Fact]
    public async Task Sending_from_a_number_the_account_does_not_own_is_refused_with_telnyx_code_40305_and_a_sentence()
    {
        var error = await Assert.ThrowsAsync<TelnyxApiException>(() => InScopeAsync((TelnyxClient telnyx) =>
            telnyx.SendMessageAsync(new SendMessageRequest("+13125550199", "+13125550194", "Hello"))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal(new[] { "40305" }, error.Codes);
        Assert.EndsWith(". (Telnyx error 40305)", error.UserMessage);

        // Through the use case the user sees the same sentence, and the message is kept as failed with the code. The app
        // must believe the number is ours (the use case offers only the company's numbers), as when it was released
        // outside the app since the last sync.
        await app.Factory.AddNumberAsync("+13125550199");
        var result = await InScopeAsync((SendSingleText send) => send.SendAsync(TextSenders.Staff, "+13125550199", "+13125550194", "Hello"));
        Assert.Equal(error.UserMessage, result.Error);
        var recorded = await MessageAsync(result.Message!.Id);
        Assert.Equal(MessageStatuses.SendingFailed, recorded.Status);
        Assert.Equal("40305", recorded.ErrorCode);
        Assert.Null(recorded.TelnyxMessageId);
    }

    [Fact]
    public async Task Sending_to_a_number_not_in_E164_is_refused_with_telnyx_code_10016()
    {
        var from = await OwnedNumberAsync();

        var error = await Assert.ThrowsAsync<TelnyxApiException>(() => InScopeAsync((TelnyxClient telnyx) =>
            telnyx.SendMessageAsync(new SendMessageRequest(from, "3125550194", "Hello"))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal(new[] { "10016" }, error.Codes);
        Assert.EndsWith("(Telnyx error 10016)", error.UserMessage);
    }

    private async Task<HttpStatusCode> PostWebhookAsync(string body, string timestamp, string signature)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{app.BaseUrl}/webhooks/telnyx")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("telnyx-signature-ed25519", signature);
        request.Headers.Add("telnyx-timestamp", timestamp);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The same event body under another Telnyx event id: a different event about the same message.</summary>
    private static string WithEventId(string body, string eventId)
    {
        var envelope = JsonNode.Parse(body)!;
        envelope["data"]!["id"] = eventId;
        return envelope.ToJsonString();
    }

    private Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
        app.InScopeAsync(services => work(services.GetRequiredService<TService>()));

    private async Task<string> OwnedNumberAsync()
    {
        var owned = await InScopeAsync((TelnyxClient telnyx) => telnyx.ListAllPhoneNumbersAsync());
        return owned.Where(n => n.Status == "active" && n.MessagingProfileId is not null).Select(n => n.PhoneNumber).Order().First();
    }

    private async Task<Message> SendTextAsync(string from, string to, string text)
    {
        var result = await InScopeAsync((SendSingleText send) => send.SendAsync(TextSenders.Staff, from, to, text));
        Assert.Null(result.Error);
        Assert.NotNull(result.Message!.TelnyxMessageId);
        return result.Message;
    }

    private Task<TelnyxCall> DialAsync(string to) => InScopeAsync(async (TelnyxClient telnyx) =>
    {
        var connectionId = app.Factory.Services.GetRequiredService<ITelnyxConnectionSource>().Current.ConnectionId;
        return await telnyx.DialAsync(new DialCallRequest(connectionId, to, await OwnedNumberAsync()));
    });

    private Task<Message> MessageAsync(long id) =>
        app.Factory.WithDbAsync(db => db.Set<Message>().AsNoTracking().SingleAsync(m => m.Id == id));

    private static Func<JsonNode, bool> IsMessage(string? telnyxMessageId) => payload => (string?)payload["id"] == telnyxMessageId;

    private static decimal? Amount(JsonNode messagePayload) =>
        decimal.TryParse((string?)messagePayload["cost"]?["amount"], System.Globalization.CultureInfo.InvariantCulture, out var amount) ? amount : null;

    private Task AddContactAsync(string phone) => app.Factory.WithDbAsync(async db =>
    {
        var contact = new Contact { FirstName = "Robin", Phone = phone, Consent = ConsentStatus.OptedIn, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        contact.RefreshSearchKeys();
        db.Contacts.Add(contact);
        return await db.SaveChangesAsync();
    });

    private Task<int> SandboxOutboundCountAsync(string to) => app.InScopeAsync(async services =>
    {
        await using var sandboxDb = await services.GetRequiredService<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        return await sandboxDb.Messages.CountAsync(m => m.Direction == "outbound" && m.To == to);
    });

    /// <summary>What a person does on the sandbox's control page to make a contact text in (its card runs this action).</summary>
    private async Task TextInFromSandboxPageAsync(string from, string to, string text)
    {
        var result = await app.Factory.Services.GetRequiredService<SandboxRunner>()
            .RunAsync<ReceiveInboundText, ReceiveInboundText.Result>(r => r.ReceiveAsync(from, to, text));
        Assert.True(result.Accepted, result.Message);
    }

    [Fact]
    public async Task The_same_send_form_submitted_twice_sends_one_text()
    {
        var ours = await OwnedNumberAsync();
        var key = Guid.NewGuid().ToString("N");

        var first = await InScopeAsync((SendSingleText send) => send.SendAsync(TextSenders.Staff, ours, "+13125550197", "Only once, please", key));
        var second = await InScopeAsync((SendSingleText send) => send.SendAsync(TextSenders.Staff, ours, "+13125550197", "Only once, please", key));

        Assert.Null(first.Error);
        Assert.Equal(first.Message!.Id, second.Message!.Id);
        Assert.Equal(1, await InScopeAsync((CrmTelnyx.Data.CrmDbContext db) => db.Set<Message>().CountAsync(m => m.To == "+13125550197")));
        Assert.Equal(1, await SandboxOutboundCountAsync("+13125550197"));
    }
}
