using CrmTelnyx.Features.TextCenter;

namespace CrmTelnyx.Features.Billing.Ledger.Days;

/// <summary>The company days the day roll-ups cover, and where each starts in UTC: the same instants <c>BillingPeriod</c> uses.</summary>
public static class CompanyDays
{
    /// <summary>Wide enough for any ledger this app will hold, small enough to write in a blink (about 37,000 rows).</summary>
    public static readonly DateOnly First = new(2000, 1, 1), Last = new(2100, 12, 31);

    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => CompanyClock.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>
    /// Each covered day's start, then the start of the day after <see cref="Last"/> with no day. A day whose start is not
    /// after the one before (a zone that skipped a date) is left out: its entries count on the day before.
    /// </summary>
    public static IEnumerable<LedgerDayStart> Starts(TimeZoneInfo zone)
    {
        var previous = DateTimeOffset.MinValue;
        for (var day = First; day <= Last.AddDays(1); day = day.AddDays(1))
        {
            var start = StartOf(day, zone);
            if (start <= previous) continue;
            previous = start;
            yield return new LedgerDayStart { StartsAt = start.UtcDateTime, Day = day <= Last ? day : null };
        }
    }
}
