using System.Net;
using CrmTelnyx.Data;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.Calls.Settlement;

/// <summary>
/// Ends the calls whose call.hangup was lost, and costs the legs whose call.cost was lost, from Telnyx itself: a leg
/// still open after <see cref="CallSettlementOptions.StaleAfterMinutes"/> is asked about (GET /calls/{id}); one Telnyx
/// says is alive is left alone, one that has ended (or that Telnyx no longer knows) is settled from its call-control
/// detail record. A leg with no record <see cref="CallSettlementOptions.GiveUpAfterHours"/> after it started is ended
/// with an error. Nothing changes unless Telnyx answered every question, so an outage leaves everything as it was.
/// </summary>
public sealed class SettleStaleCalls(
    CrmDbContext db, TelnyxClient telnyx, ILiveNotifier live, IOptions<CallSettlementOptions> options, ILogger<SettleStaleCalls> logger)
{
    public const string SettledHangupCause = "settled from detail records";
    public const string NeverReported = "Telnyx never reported how this call ended.";

    /// <summary>Calls looked at in one run; the next run takes the rest.</summary>
    private const int MaxCalls = 100;

    /// <summary>Detail records are read 50 to a page; this bounds one run's requests.</summary>
    private const int MaxPages = 20;

    public async Task<CallSettlement> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var at = now.UtcDateTime;
        var staleBefore = at.AddMinutes(-settings.StaleAfterMinutes);
        var costDueBefore = at.AddMinutes(-settings.CostMissingAfterMinutes);
        var giveUpBefore = at.AddHours(-settings.GiveUpAfterHours);

        var calls = await db.Calls.Include(c => c.Legs)
            .Where(c => c.Status != CallStatus.Ended && c.StartedAt < staleBefore && c.Legs.Any(l => l.State != CallStates.Hangup))
            .OrderBy(c => c.Id).Take(MaxCalls).ToListAsync(cancellationToken);
        calls.AddRange(await db.Calls.Include(c => c.Legs)
            .Where(c => c.Legs.Any(l => l.State == CallStates.Hangup && l.Cost == null && l.EndedAt < costDueBefore && l.EndedAt > giveUpBefore))
            .OrderBy(c => c.Id).Take(MaxCalls).ToListAsync(cancellationToken));
        var wanted = calls.DistinctBy(c => c.Id).SelectMany(call => call.Legs
                .Where(l => (call.Status != CallStatus.Ended && call.StartedAt < staleBefore && l.State != CallStates.Hangup)
                    || (l.State == CallStates.Hangup && l.Cost is null && l.EndedAt < costDueBefore && l.EndedAt > giveUpBefore))
                .Select(l => new LegToSettle(call, l)))
            .ToList();
        if (wanted.Count == 0) return CallSettlement.Nothing;

        List<CallDetailRecord> records;
        bool readAll;
        try
        {
            wanted = await AskTelnyxAsync(wanted, cancellationToken);
            if (wanted.Count == 0) return CallSettlement.Nothing;
            (records, readAll) = await ReadRecordsAsync(wanted.Min(l => l.Leg.StartedAt), now, cancellationToken);
        }
        catch (TelnyxException e)
        {
            logger.LogWarning("Stale calls could not be settled, as Telnyx did not answer; nothing was changed: {Reason}", e.Message);
            return CallSettlement.Unavailable;
        }

        var changed = new HashSet<Call>();
        int settled = 0, costed = 0, givenUp = 0;
        foreach (var (leg, record) in CallDetailRecordMatch.Match(wanted, l => new LegFacts(
                     l.CallLegId ?? l.Leg.CallLegId, l.Leg.To, l.Leg.StartedAt, l.Leg.Role == CallLegRole.Agent, l.Call.From, l.Call.CallSessionId), records))
        {
            if (record is not null)
            {
                if (leg.Leg.State == CallStates.Hangup)
                {
                    if (record.Cost is null) continue;
                    costed++;
                }
                else settled++;
                Settle(leg, record);
            }
            else if (readAll && leg.Leg.State != CallStates.Hangup && leg.Leg.StartedAt < giveUpBefore)
            {
                GiveUp(leg);
                givenUp++;
            }
            else continue;
            changed.Add(leg.Call);
        }
        if (changed.Count == 0) return CallSettlement.Nothing;

        foreach (var call in changed)
        {
            CallRollUp.Apply(call);
            CallRollUp.AddUpCosts(call);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var call in changed) await live.PublishCallAsync(call, cancellationToken);
        logger.LogInformation("Settled from Telnyx: {Settled} lost hangups, {Costed} lost costs, {GivenUp} legs Telnyx never reported", settled, costed, givenUp);
        return new CallSettlement(settled, costed, givenUp, TelnyxUnavailable: false);
    }

    /// <summary>Drops the legs Telnyx says are still up; notes the others' call_leg_id and end time, when Telnyx still has them.</summary>
    private async Task<List<LegToSettle>> AskTelnyxAsync(List<LegToSettle> legs, CancellationToken cancellationToken)
    {
        var ended = new List<LegToSettle>();
        foreach (var leg in legs)
        {
            try
            {
                var found = await telnyx.GetCallAsync(leg.Leg.CallControlId, cancellationToken);
                // A leg can last long: only one Telnyx says is over is settled.
                if (leg.Leg.State != CallStates.Hangup && found.IsAlive != false) continue;
                leg.CallLegId = found.CallLegId;
                leg.Leg.CallLegId ??= found.CallLegId;
                leg.EndedAt = found.EndTime?.UtcDateTime;
            }
            catch (TelnyxApiException e) when (e.StatusCode == HttpStatusCode.NotFound || e.HasCode("90015"))
            {
                // Telnyx forgets a leg some time after it ends: matched by number and start time instead.
            }
            ended.Add(leg);
        }
        return ended;
    }

    /// <returns>The call-control records made from shortly before the earliest leg started until now; whether all were read.</returns>
    private async Task<(List<CallDetailRecord> Records, bool ReadAll)> ReadRecordsAsync(DateTime earliestStart, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = new DateTimeOffset(earliestStart, TimeSpan.Zero) - TimeSpan.FromMinutes(5);
        var until = now + TimeSpan.FromMinutes(1);
        var records = new List<CallDetailRecord>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var result = await telnyx.GetCallDetailRecordsAsync(new DetailRecordQuery(since, until, page), cancellationToken);
            records.AddRange(result.Data);
            if (result.Data.Count == 0 || result.Meta is null || page >= result.Meta.TotalPages) return (records, true);
        }
        return (records, false);
    }

    private static void Settle(LegToSettle settling, CallDetailRecord record)
    {
        var leg = settling.Leg;
        if (leg.State != CallStates.Hangup)
        {
            leg.State = CallStates.Hangup;
            leg.AnsweredAt ??= record.AnsweredAt?.UtcDateTime;
            leg.EndedAt ??= record.FinishedAt?.UtcDateTime ?? settling.EndedAt;
            leg.HangupCause ??= string.IsNullOrEmpty(record.HangupCause) ? SettledHangupCause : record.HangupCause;
        }
        if (leg.Cost is null && record.Cost is not null)
        {
            leg.Cost = record.Cost;
            leg.BilledSeconds = record.BilledSec;
        }
    }

    private static void GiveUp(LegToSettle settling)
    {
        settling.Leg.State = CallStates.Hangup;
        settling.Leg.EndedAt ??= settling.EndedAt;
        settling.Call.Error ??= NeverReported;
    }

    private sealed class LegToSettle(Call call, CallLeg leg)
    {
        public Call Call { get; } = call;
        public CallLeg Leg { get; } = leg;
        public string? CallLegId { get; set; }
        public DateTime? EndedAt { get; set; }
    }
}

/// <summary>What one run of <see cref="SettleStaleCalls"/> did.</summary>
public sealed record CallSettlement(int Settled, int Costed, int GivenUp, bool TelnyxUnavailable)
{
    public static readonly CallSettlement Nothing = new(0, 0, 0, false);
    public static readonly CallSettlement Unavailable = new(0, 0, 0, true);
}
