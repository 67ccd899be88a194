using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;

namespace CrmTelnyx.Features.Billing.NumberFees;

/// <summary>One fee a number owes: what it is, its once-only ledger source and when it fell due (UTC).</summary>
public sealed record NumberFee(LedgerEntryType Type, string Source, DateTime OccurredAt);

/// <summary>
/// Which fees a number has owed by a given instant. Bought through the app: its upfront fee and first month at purchase,
/// then a month on each monthly anniversary of the purchase, counted on the company's calendar (bought on Jan 31 → due
/// Feb 28/29, Mar 31, …), while it is held. Brought in by a sync (bought elsewhere, price unknown): no upfront fee and
/// no first month, only the anniversaries from the day the app first knew it, so a years-old number is not back-billed.
/// </summary>
public static class NumberFeeSchedule
{
    /// <summary>
    /// One holding of a number: the same number bought again after a release is a new key, so it is charged again.
    /// To the millisecond, as Telnyx and the sandbox give purchased_at: a release and a new order cannot share one.
    /// </summary>
    public static string Key(string phoneNumber, DateTime purchasedAt) => $"{phoneNumber}@{AsUtc(purchasedAt):yyyyMMdd'T'HHmmss.fff'Z'}";

    public static string UpfrontSource(string key) => $"number-upfront:{key}";

    /// <param name="month">The company-calendar month the fee pays for, yyyy-MM: one monthly fee per holding and month.</param>
    public static string MonthlySource(string key, string month) => $"number-monthly:{key}:{month}";

    /// <summary>Every fee due by <paramref name="now"/>; none for a number not (yet) held.</summary>
    public static IEnumerable<NumberFee> Due(CompanyNumber number, TimeZoneInfo zone, DateTime now)
    {
        if (number.PurchasedAt is not { } purchased || number.Status == NumberStatus.Pending) yield break;
        purchased = AsUtc(purchased);
        var key = Key(number.PhoneNumber, purchased);
        var boughtHere = number.NumberOrderId is not null;
        var localPurchase = CompanyClock.ToLocal(purchased, zone);
        if (boughtHere)
        {
            // Charged when the purchase completes, whatever the clock says (Telnyx's purchase time may be a little ahead).
            yield return new NumberFee(LedgerEntryType.NumberUpfront, UpfrontSource(key), purchased);
            yield return new NumberFee(LedgerEntryType.NumberMonthly, MonthlySource(key, Month(localPurchase)), purchased);
        }
        // A row marked released without a date stops at once: nothing says how long it was held.
        DateTime? releasedAt = number.Status == NumberStatus.Released ? AsUtc(number.ReleasedAt ?? purchased) : number.ReleasedAt is { } r ? AsUtc(r) : null;
        var knownSince = AsUtc(number.CreatedAt);
        for (var months = 1; ; months++)
        {
            // Counted from the purchase each time (not from the last anniversary), so Jan 31 gives Feb 28 and then Mar 31.
            var localDue = localPurchase.AddMonths(months);
            var due = CompanyClock.ToUtc(localDue, zone).UtcDateTime;
            if (due > now || (releasedAt is { } released && due >= released)) yield break;
            if (!boughtHere && due < knownSince) continue;
            yield return new NumberFee(LedgerEntryType.NumberMonthly, MonthlySource(key, Month(localDue)), due);
        }
    }

    private static string Month(DateTime local) => local.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>SQLite hands dates back unspecified; the app stores them in UTC.</summary>
    private static DateTime AsUtc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
