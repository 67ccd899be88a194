using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Features.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Billing.Ledger;

/// <summary>
/// The ledger's once-only rule, through signed webhooks as Telnyx posts them: a cost repeated, replayed under a new
/// event id or arriving late is one entry; a changed cost is a correction entry for the difference, never an edit.
/// </summary>
public sealed class LedgerPostingTests : IDisposable
{
    private readonly SignedWebhookApp app = new();

    public void Dispose() => app.Dispose();

    private async Task PostAsync(string json, string eventId)
    {
        (await app.PostSignedAsync(json)).EnsureSuccessStatusCode();
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync(eventId)).Status);
    }

    private Task<List<LedgerEntry>> EntriesAsync() => app.WithDbAsync(db => db.LedgerEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task A_texts_cost_is_one_entry_however_often_its_final_event_comes()
    {
        await app.SeedOutboundAsync("msg-1");
        var finalized = Guid.NewGuid().ToString();

        await PostAsync(TelnyxEventJson.Outbound(finalized, "message.finalized", "msg-1", "delivered", "0.0040"), finalized);
        await PostAsync(TelnyxEventJson.Outbound(finalized, "message.finalized", "msg-1", "delivered", "0.0040"), finalized);
        var replayed = Guid.NewGuid().ToString();
        await PostAsync(TelnyxEventJson.Outbound(replayed, "message.finalized", "msg-1", "delivered", "0.0040"), replayed);

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(("text:msg-1", LedgerEntryType.Sms, LedgerDirection.Outbound, "+13125550001"), (entry.Source, entry.Type, entry.Direction, entry.CompanyNumber));
        Assert.Equal((0.004m, 4000L, 1, false), (entry.Amount, entry.AmountMicros, entry.Quantity, entry.IsCorrection));
        Assert.Equal(new DateTime(2026, 11, 22, 12, 0, 1, DateTimeKind.Utc), entry.OccurredAt);
        Assert.Equal("msg-1", entry.TelnyxRecordId);
    }

    [Fact]
    public async Task A_text_received_is_an_inbound_entry()
    {
        var received = Guid.NewGuid().ToString();

        await PostAsync(TelnyxEventJson.Inbound(received, "msg-in-1", "Hi"), received);

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(("text:msg-in-1", LedgerDirection.Inbound, "+13125550001", 0m), (entry.Source, entry.Direction, entry.CompanyNumber, entry.Amount));
    }

    [Fact]
    public async Task A_call_legs_cost_repeated_is_one_entry_and_a_changed_cost_is_a_correction_for_the_difference()
    {
        await CallAsync("v3:leg-1");

        await PostAsync(CallCost("v3:leg-1", "0.0200", 60, out var first), first);
        await PostAsync(CallCost("v3:leg-1", "0.0200", 60, out var again), again);
        await PostAsync(CallCost("v3:leg-1", "0.0300", 120, out var corrected), corrected);
        await PostAsync(CallCost("v3:leg-1", "0.0300", 120, out var correctedAgain), correctedAgain);

        var entries = await EntriesAsync();
        Assert.Equal([(false, 20_000L, 60), (true, 10_000L, 60)], entries.Select(e => (e.IsCorrection, e.AmountMicros, e.Quantity)));
        Assert.All(entries, e => Assert.Equal(("call-leg:v3:leg-1", LedgerEntryType.Call, LedgerDirection.Outbound, "+13125550141"), (e.Source, e.Type, e.Direction, e.CompanyNumber)));
        Assert.Equal(0.03m, entries.Sum(e => e.Amount));
        Assert.Equal("agent-1", entries[0].AgentUserId);
    }

    [Fact]
    public async Task A_cost_cleared_on_the_row_and_reported_again_is_still_one_entry()
    {
        await CallAsync("v3:again");
        await PostAsync(CallCost("v3:again", "0.0200", 60, out var first), first);
        // As when a row is put back to "cost unknown" (a restore, a repair by hand) and Telnyx's figure is learnt again.
        await app.WithDbAsync(db => db.CallLegs.Where(l => l.CallControlId == "v3:again").ExecuteUpdateAsync(u => u.SetProperty(l => l.Cost, (decimal?)null)));

        await PostAsync(CallCost("v3:again", "0.0200", 60, out var again), again);

        Assert.Equal(20_000L, Assert.Single(await EntriesAsync()).AmountMicros);
    }

    [Fact]
    public async Task A_call_cost_that_beats_its_call_is_entered_once_the_call_is_known()
    {
        // call.cost before call.initiated: the event is retried until the leg exists, then posts once.
        var cost = CallCost("v3:late", "0.0100", 60, out var costId);
        (await app.PostSignedAsync(cost)).EnsureSuccessStatusCode();
        await CallAsync("v3:late");

        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync(costId)).Status);
        Assert.Equal(10_000L, Assert.Single(await EntriesAsync()).AmountMicros);
    }

    private Task CallAsync(string callControlId) => app.WithDbAsync(async db =>
    {
        var call = new Call
        {
            From = "+13125550141", To = "+13125550199", Direction = CallDirection.Outbound, Status = CallStatus.Ended, AgentUserId = "agent-1",
            StartedAt = new DateTime(2026, 11, 30, 15, 0, 0), EndedAt = new DateTime(2026, 11, 30, 15, 1, 0),
        };
        call.Legs.Add(new CallLeg { CallControlId = callControlId, To = "+13125550199", Role = CallLegRole.Contact, State = CallStates.Hangup, EndedAt = call.EndedAt });
        db.Calls.Add(call);
        return await db.SaveChangesAsync();
    });

    private static string CallCost(string callControlId, string cost, int seconds, out string eventId)
    {
        eventId = Guid.NewGuid().ToString();
        return $$$"""
            {"data":{"event_type":"call.cost","id":"{{{eventId}}}","occurred_at":"2026-11-30T15:01:05.000+00:00","record_type":"event",
              "payload":{"call_control_id":"{{{callControlId}}}","call_leg_id":"leg","call_session_id":"session","connection_id":"1",
                "total_cost":"{{{cost}}}","currency":"USD","billed_duration_secs":{{{seconds}}},"status":"success"}},
             "meta":{"attempt":1,"delivered_to":"https://crm.example/webhooks/telnyx"}}
            """;
    }
}
