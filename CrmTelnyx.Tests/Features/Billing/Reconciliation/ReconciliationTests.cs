using System.Text.Json.Nodes;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Reconciliation;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.Webhooks;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using CrmTelnyx.Tests.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Billing.Reconciliation;

/// <summary>
/// The ledger compared with the sandbox's detail records, over real HTTP both ways: a day whose webhooks all arrived
/// matches; a webhook lost on purpose (the sandbox's setting) is found, filled from Telnyx's record, and matches after.
/// Each test has an app of its own, as a comparison covers the whole day.
/// </summary>
public sealed class ReconciliationTests : IAsyncLifetime
{
    private readonly SandboxRoundTripApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_day_whose_webhooks_all_arrived_matches_telnyx()
    {
        var text = await SendTextAsync("+13125550301");
        await TextCostedAsync(text);
        var leg = await CallAndHangUpAsync("+13125550302");
        await app.ProcessedAsync(TelnyxEventTypes.CallCost, ThisLeg(leg));

        var run = await ReconcileTodayAsync();

        Assert.Null(run.Error);
        Assert.Empty(run.Differences);
        Assert.Equal(2, run.TelnyxRecords);
        Assert.Equal(2, run.LedgerSources);
    }

    [Fact]
    public async Task A_lost_message_finalized_is_reported_missing_in_the_app_filled_from_the_record_and_matches_after()
    {
        Lose("message.finalized");
        var text = await SendTextAsync("+13125550311");
        await LostAsync("message.finalized");
        Assert.Empty(await LedgerAsync($"text:{text.TelnyxMessageId}"));

        var run = await ReconcileTodayAsync();

        var difference = Assert.Single(run.Differences);
        Assert.Equal((DifferenceKind.MissingInApp, LedgerEntryType.Sms, text.TelnyxMessageId, (long?)null, (long?)7_000, true),
            (difference.Kind, difference.Type, difference.TelnyxRecordId, difference.LedgerMicros, difference.TelnyxMicros, difference.Filled));
        var entry = Assert.Single(await LedgerAsync($"text:{text.TelnyxMessageId}"));
        Assert.Equal((7_000L, false, text.From), (entry.AmountMicros, entry.IsCorrection, entry.CompanyNumber));
        Assert.Equal(0.0070m, (await app.Factory.WithDbAsync(db => db.Set<Message>().SingleAsync(m => m.Id == text.Id))).CostAmount);

        var again = await ReconcileTodayAsync();
        Assert.Empty(again.Differences);
        Assert.Single(await LedgerAsync($"text:{text.TelnyxMessageId}"));
    }

    [Fact]
    public async Task A_lost_call_cost_is_filled_on_the_leg_from_its_call_control_record()
    {
        Lose("call.cost");
        var leg = await CallAndHangUpAsync("+13125550321");
        await LostAsync("call.cost");

        var run = await ReconcileTodayAsync();

        var difference = Assert.Single(run.Differences);
        Assert.Equal((DifferenceKind.MissingInApp, LedgerEntryType.Call, true), (difference.Kind, difference.Type, difference.Filled));
        var costed = await app.Factory.WithDbAsync(db => db.CallLegs.AsNoTracking().SingleAsync(l => l.CallControlId == leg.CallControlId));
        Assert.NotNull(costed.Cost);
        Assert.Equal(leg.CallLegId, costed.CallLegId);
        var entry = Assert.Single(await LedgerAsync($"call-leg:{leg.CallControlId}"));
        Assert.Equal(LedgerEntry.Micros(costed.Cost!.Value), entry.AmountMicros);
        Assert.Equal(difference.TelnyxMicros, entry.AmountMicros);
        Assert.Empty((await ReconcileTodayAsync()).Differences);
    }

    [Fact]
    public async Task A_cost_that_differs_is_corrected_to_telnyxs_and_an_entry_telnyx_never_charged_is_listed_but_left()
    {
        var text = await SendTextAsync("+13125550331");
        await TextCostedAsync(text);
        var source = $"text:{text.TelnyxMessageId}";
        var at = (await LedgerAsync(source)).Single().OccurredAt;
        await app.Factory.WithDbAsync(db =>
        {
            // A correction Telnyx never made (as a bug would), and a text Telnyx has no record of.
            db.LedgerEntries.Add(new LedgerEntry { Source = source, IsCorrection = true, OccurredAt = at, Type = LedgerEntryType.Sms, AmountMicros = 1_000, RecordedAt = at, TelnyxRecordId = text.TelnyxMessageId });
            db.LedgerEntries.Add(new LedgerEntry { Source = "text:never-sent", OccurredAt = at, Type = LedgerEntryType.Sms, AmountMicros = 4_000, Quantity = 1, RecordedAt = at, TelnyxRecordId = "never-sent" });
            return db.SaveChangesAsync();
        });

        var run = await ReconcileTodayAsync();

        Assert.Equal(2, run.Differences.Count);
        var differs = Assert.Single(run.Differences, d => d.Kind == DifferenceKind.CostDiffers);
        Assert.Equal((text.TelnyxMessageId, (long?)8_000, (long?)7_000, true), (differs.TelnyxRecordId, differs.LedgerMicros, differs.TelnyxMicros, differs.Filled));
        var unknown = Assert.Single(run.Differences, d => d.Kind == DifferenceKind.MissingAtTelnyx);
        Assert.Equal(("never-sent", (long?)4_000, (long?)null, false), (unknown.TelnyxRecordId, unknown.LedgerMicros, unknown.TelnyxMicros, unknown.Filled));
        var entries = await LedgerAsync(source);
        Assert.Equal(7_000, entries.Sum(e => e.AmountMicros));
        Assert.Equal(-1_000, entries.Last().AmountMicros);
        Assert.True(entries.Last().IsCorrection);

        var again = await ReconcileTodayAsync();
        Assert.Equal("never-sent", Assert.Single(again.Differences).TelnyxRecordId);
    }

    [Fact]
    public async Task Runs_are_kept_so_the_tab_shows_the_latest_for_a_day()
    {
        var first = await ReconcileTodayAsync();
        var second = await ReconcileTodayAsync();

        var latest = await app.InScopeAsync(s => s.GetRequiredService<ReadReconciliation>().LatestAsync(first.Day));
        Assert.Equal(second.Id, latest!.Id);
        Assert.Null(await app.InScopeAsync(s => s.GetRequiredService<ReadReconciliation>().LatestAsync(first.Day.AddDays(-3))));
    }

    private void Lose(string eventType) =>
        Assert.True(app.Factory.Services.GetRequiredService<LoseWebhooks>().Lose(eventType, 1).Accepted);

    /// <summary>Waits until the sandbox has lost the webhook (so Telnyx's record exists and the app never heard).</summary>
    private Task LostAsync(string eventType) => Eventually.ReturnsAsync(
        () => Task.FromResult(app.Factory.Services.GetRequiredService<WebhookDeliveryLog>().Latest
            .Any(d => d.EventType == eventType && d.Outcome == WebhookPublisher.LostOnPurpose)),
        lost => lost);

    private async Task<ReconciliationRun> ReconcileTodayAsync()
    {
        var today = (await app.InScopeAsync(s => s.GetRequiredService<ReadReconciliation>().YesterdayAsync())).AddDays(1);
        return await app.InScopeAsync(s => s.GetRequiredService<ReconcileDay>().RunAsync(today, "tester@crm.test"));
    }

    private Task<List<LedgerEntry>> LedgerAsync(string source) =>
        app.Factory.WithDbAsync(db => db.LedgerEntries.AsNoTracking().Where(e => e.Source == source).OrderBy(e => e.Id).ToListAsync());

    private async Task<Message> SendTextAsync(string to)
    {
        var from = await OwnedNumberAsync();
        var result = await app.InScopeAsync(s => s.GetRequiredService<SendSingleText>().SendAsync(TextSenders.Staff, from, to, "Your order is ready."));
        Assert.Null(result.Error);
        return result.Message!;
    }

    private Task TextCostedAsync(Message text) =>
        Eventually.ReturnsAsync(() => LedgerAsync($"text:{text.TelnyxMessageId}"), entries => entries.Count == 1);

    /// <summary>Dials through the app's Telnyx client, waits for the answer, hangs up, and waits for the hangup to be applied.</summary>
    private async Task<TelnyxCall> CallAndHangUpAsync(string to)
    {
        var from = await OwnedNumberAsync();
        var connectionId = app.Factory.Services.GetRequiredService<ITelnyxConnectionSource>().Current.ConnectionId;
        var call = await app.InScopeAsync(s => s.GetRequiredService<TelnyxClient>().DialAsync(new DialCallRequest(connectionId, to, from)));
        await app.ProcessedAsync(TelnyxEventTypes.CallAnswered, ThisLeg(call));
        await app.InScopeAsync(s => s.GetRequiredService<TelnyxClient>().HangupAsync(call.CallControlId));
        await app.ProcessedAsync(TelnyxEventTypes.CallHangup, ThisLeg(call));
        return call;
    }

    private static Func<JsonNode, bool> ThisLeg(TelnyxCall call) => payload => (string?)payload["call_control_id"] == call.CallControlId;

    private async Task<string> OwnedNumberAsync()
    {
        var owned = await app.InScopeAsync(s => s.GetRequiredService<TelnyxClient>().ListAllPhoneNumbersAsync());
        return owned.Where(n => n.Status == "active" && n.MessagingProfileId is not null).Select(n => n.PhoneNumber).Order().First();
    }
}
