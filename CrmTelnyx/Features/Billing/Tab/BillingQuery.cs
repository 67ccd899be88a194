using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Tab;

/// <summary>What the Billing tab shows for a period and filter: totals by kind, cost per day by kind, and cost per number.</summary>
public sealed class BillingQuery(CrmDbContext db)
{
    /// <param name="Count">Texts or calls (corrections are not new ones).</param>
    /// <param name="Quantity">Segments for texts, billed seconds for calls.</param>
    public sealed record Total(int Count, long Quantity, decimal Cost);

    public sealed record Day(DateOnly Date, decimal Sms, decimal Mms, decimal Calls);

    public sealed record PerNumber(string CompanyNumber, int Texts, long Segments, long CallSeconds, decimal Cost);

    public sealed record View(Total Texts, Total Calls, decimal All, IReadOnlyList<Day> Days, IReadOnlyList<PerNumber> Numbers, IReadOnlyList<string> CompanyNumbers);

    public Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default) => CompanyClock.ZoneAsync(db, cancellationToken);

    /// <summary>Reads the period's days in the zone it was made in (<see cref="BillingPeriod.Zone"/>), so the zone is read once per page.</summary>
    public async Task<View> ReadAsync(BillingFilter filter, CancellationToken cancellationToken = default)
    {
        var zone = filter.Period.Zone;
        var entries = filter.Apply(db.LedgerEntries.AsNoTracking());

        // Grouped by UTC hour in SQL, then folded into the company's days here: right across a clock change, and a
        // month is at most ~744 rows per kind whatever the number of entries.
        var hours = await entries
            .GroupBy(e => new { Hour = e.OccurredAt.Date.AddHours(e.OccurredAt.Hour), e.Type })
            .Select(g => new { g.Key.Hour, g.Key.Type, Micros = g.Sum(e => e.AmountMicros), Count = g.Count(e => !e.IsCorrection), Quantity = g.Sum(e => (long)e.Quantity) })
            .ToListAsync(cancellationToken);
        var perNumber = await entries
            .GroupBy(e => e.CompanyNumber)
            .Select(g => new
            {
                Number = g.Key,
                Texts = g.Count(e => !e.IsCorrection && (e.Type == LedgerEntryType.Sms || e.Type == LedgerEntryType.Mms)),
                Segments = g.Where(e => e.Type == LedgerEntryType.Sms || e.Type == LedgerEntryType.Mms).Sum(e => (long)e.Quantity),
                Seconds = g.Where(e => e.Type == LedgerEntryType.Call).Sum(e => (long)e.Quantity),
                Micros = g.Sum(e => e.AmountMicros),
            })
            .ToListAsync(cancellationToken);
        // The company's numbers (released ones too, as their costs stay in the ledger): a small table, not a scan of the ledger.
        var numbers = await db.CompanyNumbers.AsNoTracking().Select(n => n.PhoneNumber).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);

        var days = Enumerable.Range(0, filter.Period.DayCount).Select(i => filter.Period.FirstDay.AddDays(i))
            .ToDictionary(d => d, _ => new long[3]);
        foreach (var hour in hours)
        {
            int? kind = hour.Type switch { LedgerEntryType.Sms => 0, LedgerEntryType.Mms => 1, LedgerEntryType.Call => 2, _ => null };
            var day = DateOnly.FromDateTime(CompanyClock.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(hour.Hour, DateTimeKind.Utc)), zone));
            if (kind is { } k && days.TryGetValue(day, out var byKind)) byKind[k] += hour.Micros;
        }

        var texts = hours.Where(h => h.Type is LedgerEntryType.Sms or LedgerEntryType.Mms).ToList();
        var calls = hours.Where(h => h.Type == LedgerEntryType.Call).ToList();
        return new View(
            new Total(texts.Sum(h => h.Count), texts.Sum(h => h.Quantity), Dollars(texts.Sum(h => h.Micros))),
            new Total(calls.Sum(h => h.Count), calls.Sum(h => h.Quantity), Dollars(calls.Sum(h => h.Micros))),
            Dollars(hours.Sum(h => h.Micros)),
            days.OrderBy(d => d.Key).Select(d => new Day(d.Key, Dollars(d.Value[0]), Dollars(d.Value[1]), Dollars(d.Value[2]))).ToList(),
            perNumber.Where(n => n.Number is not null).OrderByDescending(n => n.Micros)
                .Select(n => new PerNumber(n.Number!, n.Texts, n.Segments, n.Seconds, Dollars(n.Micros))).ToList(),
            numbers);
    }

    private static decimal Dollars(long micros) => micros / 1_000_000m;
}
