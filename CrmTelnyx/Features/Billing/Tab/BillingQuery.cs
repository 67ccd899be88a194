using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Tab;

/// <summary>What the Billing tab shows for a period and filter: totals by kind, cost per day by kind, and cost per number, state, blast and agent.</summary>
public sealed partial class BillingQuery(CrmDbContext db)
{
    /// <param name="Count">Texts or calls (corrections are not new ones).</param>
    /// <param name="Quantity">Segments for texts, billed seconds for calls.</param>
    public sealed record Total(int Count, long Quantity, decimal Cost);

    public sealed record Day(DateOnly Date, decimal Sms, decimal Mms, decimal Calls, decimal Fees);

    public sealed record PerNumber(string CompanyNumber, int Texts, long Segments, long CallSeconds, decimal Fees, decimal Cost);

    /// <summary>A row of the per-state, per-blast and per-agent tables: <paramref name="Key"/> is what the filter takes.</summary>
    public sealed record Group(string Key, string Name, int Texts, long Segments, int Calls, long CallSeconds, decimal Cost);

    public sealed record View(Total Texts, Total Calls, Total Fees, decimal All, IReadOnlyList<Day> Days, IReadOnlyList<PerNumber> Numbers,
        IReadOnlyList<Group> States, IReadOnlyList<Group> Blasts, IReadOnlyList<Group> Agents, IReadOnlyList<string> CompanyNumbers);

    public Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default) => CompanyClock.ZoneAsync(db, cancellationToken);

    /// <summary>Reads the period's days in the zone it was made in (<see cref="BillingPeriod.Zone"/>), so the zone is read once per page.</summary>
    public async Task<View> ReadAsync(BillingFilter filter, CancellationToken cancellationToken = default)
    {
        var zone = filter.Period.Zone;
        var entries = filter.Apply(db.LedgerEntries.AsNoTracking());

        // Each part comes from the smallest source that answers the filter exactly: the company-day roll-ups, else the
        // hourly roll-up, else the entries themselves. All give the same figures to the micro.
        var daily = filter.FitsDailyRollUp(await db.LedgerDayZone.AsNoTracking().Select(z => z.ZoneId).SingleOrDefaultAsync(cancellationToken));
        var plain = filter.BlastId is null && filter.AgentUserId is null;
        var hourly = filter.FitsHourlyRollUp;
        var sums = daily && plain ? await DaySumsAsync(filter.Apply(db.LedgerDays.AsNoTracking()), cancellationToken)
            : daily && filter.FitsBlastAndAgentDays && filter.AgentUserId is null ? await DaySumsAsync(filter.Apply(db.LedgerBlastDays.AsNoTracking()), cancellationToken)
            : daily && filter.FitsBlastAndAgentDays && filter.BlastId is null ? await DaySumsAsync(filter.Apply(db.LedgerAgentDays.AsNoTracking()), cancellationToken)
            : InDays(hourly ? await RollUpHoursAsync(filter.Apply(db.LedgerHours.AsNoTracking()), cancellationToken) : await LedgerHoursAsync(entries, cancellationToken), zone);
        var cells = daily && plain ? await DayCellsAsync(filter.Apply(db.LedgerDays.AsNoTracking()), cancellationToken)
            : hourly ? await RollUpCellsAsync(filter.Apply(db.LedgerHours.AsNoTracking()), cancellationToken)
            : await LedgerCellsAsync(entries, cancellationToken);
        var perNumber = cells.Where(c => c.Number is not null).GroupBy(c => c.Number!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new
            {
                Number = g.Key,
                Texts = g.Where(c => IsText(c.Type)).Sum(c => c.Count),
                Segments = g.Where(c => IsText(c.Type)).Sum(c => c.Quantity),
                Seconds = g.Where(c => c.Type == LedgerEntryType.Call).Sum(c => c.Quantity),
                Fees = g.Where(c => IsFee(c.Type)).Sum(c => c.Micros),
                Micros = g.Sum(c => c.Micros),
            })
            .ToList();
        var states = cells.Where(c => c.State is not null).GroupBy(c => c.State!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Where(c => IsText(c.Type)).Sum(c => c.Count), g.Where(c => IsText(c.Type)).Sum(c => c.Quantity),
                g.Where(c => c.Type == LedgerEntryType.Call).Sum(c => c.Count), g.Where(c => c.Type == LedgerEntryType.Call).Sum(c => c.Quantity), g.Sum(c => c.Micros)))
            .OrderByDescending(r => r.Micros).Select(r => r.Group).ToList();
        var blasts = daily && filter.FitsBlastAndAgentDays && filter.AgentUserId is null
            ? await BlastGroupsAsync(filter.Apply(db.LedgerBlastDays.AsNoTracking()), cancellationToken)
            : await GroupsAsync(entries.Where(e => e.BlastId != null), e => e.BlastId!.Value.ToString(), cancellationToken);
        var agents = daily && filter.FitsBlastAndAgentDays && filter.BlastId is null
            ? await AgentGroupsAsync(filter.Apply(db.LedgerAgentDays.AsNoTracking()), cancellationToken)
            : await GroupsAsync(entries.Where(e => e.AgentUserId != null), e => e.AgentUserId!, cancellationToken);
        var blastIds = blasts.Select(b => long.Parse(b.Key)).ToList();
        var blastNames = await db.Blasts.AsNoTracking().Where(b => blastIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id.ToString(), b => b.Name, cancellationToken);
        var agentIds = agents.Select(a => a.Key).ToList();
        var agentNames = await db.Users.AsNoTracking().Where(u => agentIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, cancellationToken);
        // The company's numbers (released ones too, as their costs stay in the ledger): a small table, not a scan of the ledger.
        var numbers = await db.CompanyNumbers.AsNoTracking().Select(n => n.PhoneNumber).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);

        var days = Enumerable.Range(0, filter.Period.DayCount).Select(i => filter.Period.FirstDay.AddDays(i))
            .ToDictionary(d => d, _ => new long[4]);
        foreach (var sum in sums)
        {
            var kind = sum.Type switch { LedgerEntryType.Sms => 0, LedgerEntryType.Mms => 1, LedgerEntryType.Call => 2, _ => 3 };
            if (days.TryGetValue(sum.Day, out var byKind)) byKind[kind] += sum.Micros;
        }

        var texts = sums.Where(h => h.Type is LedgerEntryType.Sms or LedgerEntryType.Mms).ToList();
        var calls = sums.Where(h => h.Type == LedgerEntryType.Call).ToList();
        var fees = sums.Where(h => h.Type is LedgerEntryType.NumberUpfront or LedgerEntryType.NumberMonthly).ToList();
        return new View(
            new Total(texts.Sum(h => h.Count), texts.Sum(h => h.Quantity), Dollars(texts.Sum(h => h.Micros))),
            new Total(calls.Sum(h => h.Count), calls.Sum(h => h.Quantity), Dollars(calls.Sum(h => h.Micros))),
            new Total(fees.Sum(h => h.Count), fees.Sum(h => h.Quantity), Dollars(fees.Sum(h => h.Micros))),
            Dollars(sums.Sum(h => h.Micros)),
            days.OrderBy(d => d.Key).Select(d => new Day(d.Key, Dollars(d.Value[0]), Dollars(d.Value[1]), Dollars(d.Value[2]), Dollars(d.Value[3]))).ToList(),
            perNumber.Where(n => n.Number is not null).OrderByDescending(n => n.Micros)
                .Select(n => new PerNumber(n.Number!, n.Texts, n.Segments, n.Seconds, Dollars(n.Fees), Dollars(n.Micros))).ToList(),
            states,
            blasts.Select(g => g with { Name = blastNames.GetValueOrDefault(g.Key) ?? $"Blast #{g.Key}" }).ToList(),
            agents.Select(g => g with { Name = agentNames.GetValueOrDefault(g.Key) ?? "A removed user" }).ToList(),
            numbers);
    }

    /// <summary>Cost, first entries and quantity per UTC hour (quarter-hour when read from the ledger) and type.</summary>
    private sealed record HourSum(DateTime Hour, LedgerEntryType Type, long Micros, int Count, long Quantity);

    /// <summary>The same per company day: what the totals and the chart add up.</summary>
    private sealed record DaySum(DateOnly Day, LedgerEntryType Type, long Micros, int Count, long Quantity);

    // Hours are folded into the company's days here, not in SQL: right across a clock change.
    private static List<DaySum> InDays(List<HourSum> hours, TimeZoneInfo zone) => hours
        .Select(h => new DaySum(DateOnly.FromDateTime(CompanyClock.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(h.Hour, DateTimeKind.Utc)), zone)), h.Type, h.Micros, h.Count, h.Quantity))
        .ToList();

    /// <summary>The same per number, state and type: what the per-number and per-state tables fold.</summary>
    private sealed record CellSum(string? Number, string? State, LedgerEntryType Type, int Count, long Quantity, long Micros);

    // Grouped by UTC quarter-hour in SQL, then folded into the company's days by the caller: right across a clock change and
    // in zones a half or three quarters of an hour off UTC (India, Nepal: whole hours put some entries on the wrong day),
    // and a month is at most ~3,000 rows per kind whatever the number of entries.
    private static Task<List<HourSum>> LedgerHoursAsync(IQueryable<LedgerEntry> entries, CancellationToken cancellationToken) => entries
        .GroupBy(e => new { Hour = e.OccurredAt.Date.AddMinutes(e.OccurredAt.Hour * 60 + e.OccurredAt.Minute / 15 * 15), e.Type })
        .Select(g => new HourSum(g.Key.Hour, g.Key.Type, g.Sum(e => e.AmountMicros), g.Count(e => !e.IsCorrection), g.Sum(e => (long)e.Quantity)))
        .ToListAsync(cancellationToken);

    private static Task<List<HourSum>> RollUpHoursAsync(IQueryable<LedgerHour> hours, CancellationToken cancellationToken) => hours
        .GroupBy(h => new { h.Hour, h.Type })
        .Select(g => new HourSum(g.Key.Hour, g.Key.Type, g.Sum(h => h.AmountMicros), (int)g.Sum(h => h.Entries), g.Sum(h => h.Quantity)))
        .ToListAsync(cancellationToken);

    private static Task<List<CellSum>> LedgerCellsAsync(IQueryable<LedgerEntry> entries, CancellationToken cancellationToken) => entries
        .GroupBy(e => new { e.CompanyNumber, e.State, e.Type })
        .Select(g => new CellSum(g.Key.CompanyNumber, g.Key.State, g.Key.Type, g.Count(e => !e.IsCorrection), g.Sum(e => (long)e.Quantity), g.Sum(e => e.AmountMicros)))
        .ToListAsync(cancellationToken);

    private static async Task<List<CellSum>> RollUpCellsAsync(IQueryable<LedgerHour> hours, CancellationToken cancellationToken)
    {
        var cells = await hours
            .GroupBy(h => new { h.CompanyNumber, h.State, h.Type })
            .Select(g => new { g.Key.CompanyNumber, g.Key.State, g.Key.Type, Entries = g.Sum(h => h.Entries), Quantity = g.Sum(h => h.Quantity), Micros = g.Sum(h => h.AmountMicros) })
            .ToListAsync(cancellationToken);
        // The roll-up's "" is the ledger's null.
        return cells.Select(c => new CellSum(c.CompanyNumber == "" ? null : c.CompanyNumber, c.State == "" ? null : c.State, c.Type, (int)c.Entries, c.Quantity, c.Micros)).ToList();
    }

    private static bool IsText(LedgerEntryType type) => type is LedgerEntryType.Sms or LedgerEntryType.Mms;

    private static bool IsFee(LedgerEntryType type) => type is LedgerEntryType.NumberUpfront or LedgerEntryType.NumberMonthly;

    private static (Group Group, long Micros) Row(string key, int texts, long segments, int calls, long seconds, long micros) =>
        (new Group(key, key, texts, segments, calls, seconds, Dollars(micros)), micros);

    /// <summary>Texts, calls and cost per value of one of the entries' columns, most expensive first.</summary>
    private static async Task<List<Group>> GroupsAsync(IQueryable<LedgerEntry> entries, System.Linq.Expressions.Expression<Func<LedgerEntry, string>> key,
        CancellationToken cancellationToken)
    {
        var rows = await entries.GroupBy(key)
            .Select(g => new
            {
                Key = g.Key,
                Texts = g.Count(e => !e.IsCorrection && (e.Type == LedgerEntryType.Sms || e.Type == LedgerEntryType.Mms)),
                Segments = g.Where(e => e.Type == LedgerEntryType.Sms || e.Type == LedgerEntryType.Mms).Sum(e => (long)e.Quantity),
                Calls = g.Count(e => !e.IsCorrection && e.Type == LedgerEntryType.Call),
                Seconds = g.Where(e => e.Type == LedgerEntryType.Call).Sum(e => (long)e.Quantity),
                Micros = g.Sum(e => e.AmountMicros),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Micros).Select(r => new Group(r.Key, r.Key, r.Texts, r.Segments, r.Calls, r.Seconds, Dollars(r.Micros))).ToList();
    }

    private static decimal Dollars(long micros) => micros / 1_000_000m;
}
