using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Settlement;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Settlement;

/// <summary>
/// Calls whose last webhooks were lost: dialled through the sandbox (which keeps the leg and its detail record), then
/// put back as the app would have them had the call.hangup or call.cost never arrived.
/// </summary>
public sealed class SettleStaleCallsTests : IDisposable
{
    private readonly SettlementApp app = new();

    public void Dispose() => app.Dispose();

    private static readonly TimeSpan PastStale = TimeSpan.FromMinutes(11);

    [Fact]
    public async Task A_call_whose_hangup_was_lost_is_ended_with_the_detail_records_billed_time_and_cost()
    {
        var dialled = await app.DialEndedCallAsync("+13125550101");
        await app.LoseHangupAsync(dialled.Id);

        // Not yet stale: a call that is ten minutes in may well still be going.
        Assert.Equal(CallSettlement.Nothing, await app.SettleAsync(DateTimeOffset.UtcNow));
        Assert.Equal(CallStatus.Answered, (await app.CallAsync(dialled.Id)).Status);

        var result = await app.SettleAsync(DateTimeOffset.UtcNow + PastStale);

        var call = await app.CallAsync(dialled.Id);
        Assert.Equal(1, result.Settled);
        Assert.Equal((CallStatus.Ended, CallOutcome.Completed), (call.Status, call.Outcome));
        // The sandbox bills a started minute at $0.01, as its call.cost had said.
        Assert.Equal((60, 0.01m), (call.BilledSeconds, call.Cost));
        Assert.Equal((dialled.BilledSeconds, dialled.Cost), (call.BilledSeconds, call.Cost));
        Assert.Equal("normal_clearing", call.HangupCause);
        Assert.NotNull(call.EndedAt);
        Assert.True(call.AnsweredAt <= call.EndedAt);
        Assert.Null(call.Error);
        var leg = Assert.Single(call.Legs);
        Assert.Equal((CallStates.Hangup, 60, 0.01m), (leg.State, leg.BilledSeconds, leg.Cost));
        Assert.Contains(app.Live.Pushes, p => p.Topic == CallLiveEvents.Topic && p.Data.Contains($"\"CallId\":{dialled.Id},\"Status\":\"ended\""));

        // Settled once: a repeat run finds nothing to do and leaves the row as it is.
        Assert.Equal(CallSettlement.Nothing, await app.SettleAsync(DateTimeOffset.UtcNow + PastStale));
        var again = await app.CallAsync(dialled.Id);
        Assert.Equal((call.Status, call.EndedAt, call.Cost, call.BilledSeconds, call.HangupCause, call.Outcome),
            (again.Status, again.EndedAt, again.Cost, again.BilledSeconds, again.HangupCause, again.Outcome));
    }

    [Fact]
    public async Task A_call_whose_cost_was_lost_gets_it_from_the_detail_records()
    {
        var dialled = await app.DialEndedCallAsync("+13125550102");
        await app.LoseCostAsync(dialled.Id);

        Assert.Equal(CallSettlement.Nothing, await app.SettleAsync(DateTimeOffset.UtcNow));
        Assert.Null((await app.CallAsync(dialled.Id)).Cost);

        var result = await app.SettleAsync(DateTimeOffset.UtcNow + PastStale);

        var call = await app.CallAsync(dialled.Id);
        Assert.Equal(1, result.Costed);
        Assert.Equal((60, 0.01m), (call.BilledSeconds, call.Cost));
        Assert.Equal((dialled.Status, dialled.EndedAt, dialled.HangupCause), (call.Status, call.EndedAt, call.HangupCause));
        Assert.Equal(CallSettlement.Nothing, await app.SettleAsync(DateTimeOffset.UtcNow + PastStale));
    }

    [Fact]
    public async Task A_call_Telnyx_says_is_still_up_is_left_alone()
    {
        // A long call: the far end stays on well past the point where a call looks stale.
        app.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 600_000;
        var dialled = await app.DialAsync("+13125550103");
        var call = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.CallControlId == dialled.CallControlId)),
            c => c is { Status: CallStatus.Answered }, TimeSpan.FromSeconds(30));

        Assert.Equal(CallSettlement.Nothing, await app.SettleAsync(DateTimeOffset.UtcNow + PastStale));
        Assert.Equal(CallSettlement.Nothing, await app.SettleAsync(DateTimeOffset.UtcNow + TimeSpan.FromHours(25)));

        var after = await app.CallAsync(call!.Id);
        Assert.Equal(CallStatus.Answered, after.Status);
        Assert.Null(after.EndedAt);
        Assert.Null(after.Error);
        Assert.Equal(CallStates.Answered, Assert.Single(after.Legs).State);
    }

    [Fact]
    public async Task A_leg_Telnyx_never_knew_is_ended_with_an_error_only_after_a_day()
    {
        var started = DateTime.UtcNow.AddHours(-1);
        var callId = await app.WithDbAsync(async db =>
        {
            var call = new Call
            {
                From = SandboxAccount.SeedNumbers[0], To = "+13125550104", Status = CallStatus.Ringing, StartedAt = started,
                CallControlId = "v3:never-reported",
                Legs = [new CallLeg { CallControlId = "v3:never-reported", To = "+13125550104", StartedAt = started }],
            };
            db.Calls.Add(call);
            await db.SaveChangesAsync();
            return call.Id;
        });

        // Telnyx answers 90015 and has no record; the call is only an hour old, so the record may yet come.
        Assert.Equal(CallSettlement.Nothing, await app.SettleAsync(DateTimeOffset.UtcNow));
        Assert.Equal(CallSettlement.Nothing, await app.SettleAsync(DateTimeOffset.UtcNow + TimeSpan.FromHours(22)));
        Assert.Equal(CallStatus.Ringing, (await app.CallAsync(callId)).Status);

        var result = await app.SettleAsync(DateTimeOffset.UtcNow + TimeSpan.FromHours(24));

        var ended = await app.CallAsync(callId);
        Assert.Equal(1, result.GivenUp);
        Assert.Equal(CallStatus.Ended, ended.Status);
        Assert.Equal(SettleStaleCalls.NeverReported, ended.Error);
        Assert.Null(ended.Cost);
        Assert.Equal(CallSettlement.Nothing, await app.SettleAsync(DateTimeOffset.UtcNow + TimeSpan.FromHours(48)));
    }

    [Fact]
    public async Task While_Telnyx_is_unreachable_nothing_is_changed()
    {
        var dialled = await app.DialEndedCallAsync("+13125550105");
        await app.LoseHangupAsync(dialled.Id);

        app.TelnyxDown = true;
        // A day on: were the outage taken for "no record", the call would be given up on.
        Assert.Equal(CallSettlement.Unavailable, await app.SettleAsync(DateTimeOffset.UtcNow + TimeSpan.FromHours(25)));
        var during = await app.CallAsync(dialled.Id);
        Assert.Equal((CallStatus.Answered, null, null, null), (during.Status, during.EndedAt, during.Error, during.Cost));

        app.TelnyxDown = false;
        await app.SettleAsync(DateTimeOffset.UtcNow + PastStale);
        var after = await app.CallAsync(dialled.Id);
        Assert.Equal((CallStatus.Ended, 0.01m, null), (after.Status, after.Cost, after.Error));
    }
}
