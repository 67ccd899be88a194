using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Numbers;

namespace CrmTelnyx.Features.Billing.NumberFees;

/// <summary>One fee a number owes: what it is, its once-only ledger source and when it fell due (UTC).</summary>
/// <param name="DaysCharged">For a month charged in part, the days of <see cref="OccurredAt"/>'s month charged; null for the whole price.</param>
public sealed record NumberFee(LedgerEntryType Type, string Source, DateTime OccurredAt, int? DaysCharged = null)
{
    /// <summary>The fee for a price: a pro-rated month in whole cents, as on Telnyx's invoices.</summary>
    public decimal Of(decimal price) => DaysCharged is { } days
        ? Math.Round(price * days / DateTime.DaysInMonth(OccurredAt.Year, OccurredAt.Month), 2, MidpointRounding.AwayFromZero)
        : price;
}

/// <summary>
/// Which fees a number has owed by a given instant, as Telnyx bills them: monthly recurring charges at the start of each
/// calendar month (UTC, Telnyx's billing clock), and at purchase the upfront fee and the rest of that month pro-rated
/// by days. Bought through the app: the upfront fee and the pro-rated month at purchase, then a month on each 1st
/// while it is held. Brought in by a sync (bought elsewhere, price unknown): only the months that start after the app
/// first knew it, so a years-old number is not back-billed.
/// </summary>
public static class NumberFeeSchedule
{
    /// <summary>
    /// One holding of a number: the same number bought again after a release is a new key, so it is charged again.
    /// To the millisecond, as Telnyx and the sandbox give purchased_at: a release and a new order cannot share one.
    /// </summary>
    public static string Key(string phoneNumber, DateTime purchasedAt) => $"{phoneNumber}@{AsUtc(purchasedAt):yyyyMMdd'T'HHmmss.fff'Z'}";

    public static string UpfrontSource(string key) => $"number-upfront:{key}";

    /// <param name="month">The calendar month the fee pays for, yyyy-MM: one monthly fee per holding and month.</param>
    public static string MonthlySource(string key, string month) => $"number-monthly:{key}:{month}";

    /// <summary>Every fee due by <paramref name="now"/>; none for a number not (yet) held.</summary>
    public static IEnumerable<NumberFee> Due(CompanyNumber number, DateTime now)
    {
        if (number.PurchasedAt is not { } purchased || number.Status == NumberStatus.Pending) yield break;
        purchased = AsUtc(purchased);
        var key = Key(number.PhoneNumber, purchased);
        var boughtHere = number.NumberOrderId is not null;
        if (boughtHere)
        {
            // Charged when the purchase completes, whatever the clock says (Telnyx's purchase time may be a little ahead).
            yield return new NumberFee(LedgerEntryType.NumberUpfront, UpfrontSource(key), purchased);
            yield return new NumberFee(LedgerEntryType.NumberMonthly, MonthlySource(key, Month(purchased)), purchased, DaysLeft(purchased));
        }
        // A row marked released without a date stops at once: nothing says how long it was held.
        DateTime? releasedAt = number.Status == NumberStatus.Released ? AsUtc(number.ReleasedAt ?? purchased) : number.ReleasedAt is { } r ? AsUtc(r) : null;
        var knownSince = AsUtc(number.CreatedAt);
        for (var first = new DateTime(purchased.Year, purchased.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1); first <= now; first = first.AddMonths(1))
        {
            if (releasedAt is { } released && first >= released) yield break;
            if (!boughtHere && first < knownSince) continue;
            yield return new NumberFee(LedgerEntryType.NumberMonthly, MonthlySource(key, Month(first)), first);
        }
    }

    /// <summary>The days of a month left from a day on, that day included: bought on March 15, 17 (of 31).</summary>
    private static int DaysLeft(DateTime at) => DateTime.DaysInMonth(at.Year, at.Month) - at.Day + 1;

    private static string Month(DateTime utc) => utc.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>SQLite hands dates back unspecified; the app stores them in UTC.</summary>
    private static DateTime AsUtc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
