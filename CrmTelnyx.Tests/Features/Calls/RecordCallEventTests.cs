using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Features.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Calls;

/// <summary>Call rows kept from Telnyx's call.* webhooks, posted signed as Telnyx posts them.</summary>
public sealed class RecordCallEventTests : IDisposable
{
    private const string Company = "+13125550141", Customer = "+13125550199";
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);
    private readonly SignedWebhookApp app = new();

    public void Dispose() => app.Dispose();

    private static string Event(string eventId, string eventType, string callControlId, DateTimeOffset occurredAt, string? direction,
        string from, string to, string extra = "", DateTimeOffset? startTime = null) => $$$"""
        {"data":{"event_type":"{{{eventType}}}","id":"{{{eventId}}}","occurred_at":"{{{occurredAt:yyyy-MM-ddTHH:mm:ss.fffzzz}}}","record_type":"event",
          "payload":{"call_control_id":"{{{callControlId}}}","call_leg_id":"leg-{{{callControlId}}}","call_session_id":"session-{{{callControlId}}}",
            "connection_id":"1494404757140276705","client_state":null,"from":"{{{from}}}","to":"{{{to}}}",
            {{{(direction is null ? "" : $"\"direction\":\"{direction}\",")}}}"state":"{{{eventType[5..]}}}","start_time":"{{{startTime ?? Start:yyyy-MM-ddTHH:mm:ss.fffzzz}}}"{{{extra}}}}},
         "meta":{"attempt":1,"delivered_to":"https://crm.example/webhooks/telnyx"}}
        """;

    private async Task PostAsync(string eventType, string callControlId, DateTimeOffset at, string? direction = "outgoing",
        string from = Company, string to = Customer, string extra = "", string? eventId = null, DateTimeOffset? startTime = null)
    {
        eventId ??= Guid.NewGuid().ToString();
        (await app.PostSignedAsync(Event(eventId, eventType, callControlId, at, direction, from, to, extra, startTime))).EnsureSuccessStatusCode();
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync(eventId)).Status);
    }

    private Task<List<Call>> CallsAsync(string callControlId) =>
        app.WithDbAsync(db => db.Calls.AsNoTracking().Where(c => c.CallControlId == callControlId).ToListAsync());

    [Fact]
    public async Task An_outbound_call_is_recorded_from_initiated_to_hangup()
    {
        const string id = "v3:out-1";
        await PostAsync("call.initiated", id, Start);
        await PostAsync("call.answered", id, Start.AddSeconds(5), direction: null);
        await PostAsync("call.hangup", id, Start.AddSeconds(65), direction: null, extra: ",\"hangup_cause\":\"normal_clearing\",\"hangup_source\":\"callee\"");

        var call = Assert.Single(await CallsAsync(id));
        Assert.Equal((CallDirection.Outbound, Company, Customer), (call.Direction, call.From, call.To));
        Assert.Equal((CallStatus.Ended, CallOutcome.Completed, "normal_clearing"), (call.Status, call.Outcome, call.HangupCause));
        Assert.Equal(60, call.DurationSeconds);
        Assert.Equal(Start.UtcDateTime, call.StartedAt);
        Assert.Equal(Start.AddSeconds(5).UtcDateTime, call.AnsweredAt);
        Assert.Equal(Start.AddSeconds(65).UtcDateTime, call.EndedAt);
        Assert.Equal("session-" + id, call.CallSessionId);
    }

    [Fact]
    public async Task An_incoming_call_is_inbound()
    {
        const string id = "v3:in-1";
        await PostAsync("call.initiated", id, Start, direction: "incoming", from: Customer, to: Company);

        var call = Assert.Single(await CallsAsync(id));
        Assert.Equal((CallDirection.Inbound, CallStatus.Ringing), (call.Direction, call.Status));
        Assert.Null(call.AnsweredAt);
    }

    [Fact]
    public async Task Events_out_of_order_and_twice_never_move_the_call_back_nor_add_a_row()
    {
        const string id = "v3:late-1";
        await app.AddNumberAsync(Company);
        var hangupId = Guid.NewGuid().ToString();
        // The hangup overtakes everything, and carries no direction: the company number it rings says inbound.
        await PostAsync("call.hangup", id, Start.AddSeconds(40), direction: null, from: Customer, to: Company, extra: ",\"hangup_cause\":\"normal_clearing\"", eventId: hangupId);
        await PostAsync("call.answered", id, Start.AddSeconds(3), direction: null, from: Customer, to: Company);
        await PostAsync("call.bridged", id, Start.AddSeconds(4), direction: null, from: Customer, to: Company);
        await PostAsync("call.initiated", id, Start, direction: "incoming", from: Customer, to: Company);
        // Telnyx delivers again (a new attempt of the same event) and the same event replayed under a new id.
        (await app.PostSignedAsync(Event(hangupId, "call.hangup", id, Start.AddSeconds(40), null, Customer, Company))).EnsureSuccessStatusCode();
        await PostAsync("call.answered", id, Start.AddSeconds(9), direction: null, from: Customer, to: Company);

        var call = Assert.Single(await CallsAsync(id));
        Assert.Equal(CallDirection.Inbound, call.Direction);
        Assert.Equal(CallStatus.Ended, call.Status);
        Assert.Equal(37, call.DurationSeconds);
        Assert.Single(await app.WithDbAsync(db => db.CallLegs.Where(l => l.CallControlId == id).ToListAsync()));
        Assert.Equal(Start.UtcDateTime, call.StartedAt);
        Assert.Equal(Start.AddSeconds(3).UtcDateTime, call.AnsweredAt);
        Assert.Equal(Start.AddSeconds(40).UtcDateTime, call.EndedAt);
        Assert.Equal("normal_clearing", call.HangupCause);
    }

    [Fact]
    public async Task Recorded_calls_count_on_the_numbers_page()
    {
        var (first, second) = (DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(-4));
        await PostAsync("call.initiated", "v3:count-out", first, startTime: first);
        await PostAsync("call.initiated", "v3:count-in", second, direction: "incoming", from: Customer, to: Company, startTime: second);

        var stats = await app.WithDbAsync(db => new NumberStats(db, TimeProvider.System).ForAsync([Company], NumberStats.PageWindow));

        Assert.Equal((1, 1), (stats[Company].CallsOut, stats[Company].CallsIn));
    }
}
