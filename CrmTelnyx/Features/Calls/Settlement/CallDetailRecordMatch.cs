using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Calls.Settlement;

/// <summary>What is known of a leg that a call-control detail record is matched on.</summary>
public sealed record LegFacts(string? CallLegId, string To, DateTime StartedAt, bool IsAgentLeg, string CallFrom, string? CallSessionId);

/// <summary>
/// Pairs legs with Telnyx's call-control detail records: by call_leg_id when the leg has one, else by session, number
/// and start time. A record serves one leg. Used to settle lost hangups and costs, and to reconcile the ledger.
/// </summary>
public static class CallDetailRecordMatch
{
    /// <summary>A record with no call_leg_id to match is this leg's if it went to the same number and started this close.</summary>
    public static readonly TimeSpan StartTolerance = TimeSpan.FromMinutes(2);

    public static IEnumerable<(T Leg, CallDetailRecord? Record)> Match<T>(IReadOnlyList<T> legs, Func<T, LegFacts> facts, IReadOnlyList<CallDetailRecord> records)
    {
        var unclaimed = new List<CallDetailRecord>(records);
        var byLegId = legs.Where(l => facts(l).CallLegId is not null)
            .Select(l => (Leg: l, Record: unclaimed.FirstOrDefault(r => r.CallLegId == facts(l).CallLegId)))
            .ToList();
        foreach (var (_, record) in byLegId)
            if (record is not null) unclaimed.Remove(record);

        var byNumber = new List<(T, CallDetailRecord?)>();
        foreach (var leg in legs.Where(l => facts(l).CallLegId is null))
        {
            var known = facts(leg);
            var record = unclaimed
                .Where(r => r.Cld == known.To && r.StartedAt is not null)
                .Where(r => known.CallSessionId is not null && r.CallSessionId == known.CallSessionId || known.IsAgentLeg || r.Cli == known.CallFrom)
                .Select(r => (Record: r, Gap: (r.StartedAt!.Value.UtcDateTime - known.StartedAt).Duration()))
                .Where(r => r.Gap <= StartTolerance)
                .OrderBy(r => r.Gap)
                .Select(r => r.Record)
                .FirstOrDefault();
            if (record is not null) unclaimed.Remove(record);
            byNumber.Add((leg, record));
        }
        return byLegId.Select(m => (m.Leg, (CallDetailRecord?)m.Record)).Concat(byNumber);
    }
}
