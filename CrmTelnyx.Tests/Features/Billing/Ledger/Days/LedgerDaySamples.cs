using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Billing.Ledger.Days;

/// <summary>Ledger entries for the day roll-up tests, and the roll-ups recounted from the ledger in C# to compare with the database's.</summary>
internal static class LedgerDaySamples
{
    public static LedgerEntry Entry(string source, DateTime utc, LedgerEntryType type, long micros, int quantity, bool correction = false,
        LedgerDirection? direction = LedgerDirection.Outbound, string? number = "+13125550141", string? state = "IL", long? blast = null, string? agent = null) => new()
    {
        Source = source, OccurredAt = utc, Type = type, AmountMicros = micros, Quantity = quantity, IsCorrection = correction,
        Direction = direction, CompanyNumber = number, State = state, BlastId = blast, AgentUserId = agent,
    };

    /// <summary>Entries either side of Chicago's midnights around the clock changes of 2026 (8 March, 1 November) and month ends.</summary>
    public static IEnumerable<LedgerEntry> AroundClockChangesAndMonthEnds()
    {
        yield return Entry("t:oct-last", new DateTime(2026, 11, 1, 4, 59, 59).AddTicks(9_999_999), LedgerEntryType.Sms, 1_111, 1);
        yield return Entry("t:nov-1", new DateTime(2026, 11, 1, 5, 30, 0), LedgerEntryType.Mms, 2_222, 1, blast: 3);
        yield return Entry("t:nov-1-late", new DateTime(2026, 11, 2, 5, 30, 0), LedgerEntryType.Sms, 500, 1, number: null, state: null);
        yield return Entry("t:nov-2", new DateTime(2026, 11, 2, 6, 30, 0), LedgerEntryType.Sms, 3_333, 1, direction: LedgerDirection.Inbound, state: "TX");
        yield return Entry("c:nov-30", new DateTime(2026, 12, 1, 5, 59, 0), LedgerEntryType.Call, 7_000, 60, agent: "agent-1");
        yield return Entry("c:dec-1", new DateTime(2026, 12, 1, 6, 0, 0), LedgerEntryType.Call, 9_000, 90, agent: "agent-1");
        yield return Entry("c:dec-1", new DateTime(2026, 12, 1, 6, 1, 0), LedgerEntryType.Call, -1_000, -10, correction: true, agent: "agent-1");
        yield return Entry("f:mar-7", new DateTime(2026, 3, 8, 5, 59, 59), LedgerEntryType.NumberMonthly, 1_000_000, 1, direction: null, state: null);
        yield return Entry("t:mar-8", new DateTime(2026, 3, 8, 6, 0, 0), LedgerEntryType.Sms, 4_000, 1, blast: 3);
        yield return Entry("t:mar-8-late", new DateTime(2026, 3, 9, 4, 59, 0), LedgerEntryType.Sms, 4_000, 1, blast: 4);
        yield return Entry("t:mar-9", new DateTime(2026, 3, 9, 5, 0, 0), LedgerEntryType.Sms, 4_000, 1, blast: 4);
    }

    public static IEnumerable<LedgerEntry> Random(int count, int seed)
    {
        var random = new Random(seed);
        var numbers = new[] { "+13125550141", "+12125550142", null };
        var states = new[] { "IL", "NY", null };
        var agents = new[] { "agent-1", "agent-2" };
        for (var i = 0; i < count; i++)
        {
            var type = (LedgerEntryType)random.Next(5);
            yield return Entry($"s:{i}", new DateTime(2026, 1, 1).AddSeconds(random.Next(366 * 24 * 3600)), type, random.Next(-5_000, 1_000_000),
                random.Next(-3, 600), correction: random.Next(10) == 0, direction: type >= LedgerEntryType.NumberUpfront ? null : (LedgerDirection)random.Next(2),
                number: numbers[random.Next(3)], state: states[random.Next(3)],
                blast: type is LedgerEntryType.Sms or LedgerEntryType.Mms && random.Next(3) == 0 ? random.Next(1, 5) : null,
                agent: type == LedgerEntryType.Call && random.Next(2) == 0 ? agents[random.Next(2)] : null);
        }
    }

    /// <summary>LedgerDays, LedgerBlastDays and LedgerAgentDays each equal to the ledger grouped by company day in C#, row for row.</summary>
    public static async Task AssertRollUpsEqualLedgerAsync(CrmDbContext db, TimeZoneInfo zone)
    {
        var entries = await db.LedgerEntries.AsNoTracking().ToListAsync();
        DateOnly DayOf(LedgerEntry e) => DateOnly.FromDateTime(CompanyClock.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc)), zone));
        static (long, long, long) Sums(IEnumerable<LedgerEntry> g) => (g.Count(e => !e.IsCorrection), g.Sum(e => (long)e.Quantity), g.Sum(e => e.AmountMicros));

        Assert.Equal(
            entries.GroupBy(e => (Day: DayOf(e), e.Type, Direction: e.Direction?.ToString() ?? "", Number: e.CompanyNumber ?? "", State: e.State ?? ""))
                .Select(g => (g.Key.Day, g.Key.Type, g.Key.Direction, g.Key.Number, g.Key.State, Sums(g))).Order(),
            (await db.LedgerDays.AsNoTracking().ToListAsync())
                .Select(d => (d.Day, d.Type, d.Direction, d.CompanyNumber, d.State, (d.Entries, d.Quantity, d.AmountMicros))).Order());
        Assert.Equal(
            entries.Where(e => e.BlastId is not null).GroupBy(e => (Blast: e.BlastId!.Value, Day: DayOf(e), e.Type, Direction: e.Direction?.ToString() ?? ""))
                .Select(g => (g.Key.Blast, g.Key.Day, g.Key.Type, g.Key.Direction, Sums(g))).Order(),
            (await db.LedgerBlastDays.AsNoTracking().ToListAsync()).Select(d => (d.BlastId, d.Day, d.Type, d.Direction, (d.Entries, d.Quantity, d.AmountMicros))).Order());
        Assert.Equal(
            entries.Where(e => e.AgentUserId is not null).GroupBy(e => (Agent: e.AgentUserId!, Day: DayOf(e), e.Type, Direction: e.Direction?.ToString() ?? ""))
                .Select(g => (g.Key.Agent, g.Key.Day, g.Key.Type, g.Key.Direction, Sums(g))).Order(),
            (await db.LedgerAgentDays.AsNoTracking().ToListAsync()).Select(d => (d.AgentUserId, d.Day, d.Type, d.Direction, (d.Entries, d.Quantity, d.AmountMicros))).Order());
    }
}
