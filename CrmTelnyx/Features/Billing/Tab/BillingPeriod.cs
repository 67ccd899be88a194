using CrmTelnyx.Features.TextCenter;

namespace CrmTelnyx.Features.Billing.Tab;

public enum BillingPreset
{
    Today,
    ThisWeek,
    ThisMonth,
    LastMonth,
    Custom,
}

/// <summary>
/// A span of whole days in the company's time zone, and the UTC instants it runs between: "this month" in Chicago starts
/// at 06:00 UTC on the 1st (05:00 in summer), so a text sent at 02:00 UTC on the 1st belongs to last month.
/// </summary>
public sealed record BillingPeriod(DateOnly FirstDay, DateOnly LastDay, DateTimeOffset FromUtc, DateTimeOffset ToUtc, TimeZoneInfo Zone)
{
    public static BillingPeriod Of(BillingPreset preset, DateTimeOffset now, TimeZoneInfo zone, DateOnly? customFirst = null, DateOnly? customLast = null)
    {
        var today = DateOnly.FromDateTime(CompanyClock.ToLocal(now, zone));
        var (first, last) = preset switch
        {
            BillingPreset.Today => (today, today),
            // Weeks start on Monday, as in the US business calendar most of our users keep.
            BillingPreset.ThisWeek => (today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), today),
            BillingPreset.ThisMonth => (new DateOnly(today.Year, today.Month, 1), today),
            BillingPreset.LastMonth => (new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddDays(-1)),
            _ => (customFirst ?? today, customLast ?? customFirst ?? today),
        };
        if (last < first) (first, last) = (last, first);
        return Days(first, last, zone);
    }

    public static BillingPeriod Days(DateOnly first, DateOnly last, TimeZoneInfo zone) =>
        new(first, last, CompanyClock.ToUtc(first.ToDateTime(TimeOnly.MinValue), zone), CompanyClock.ToUtc(last.AddDays(1).ToDateTime(TimeOnly.MinValue), zone), zone);

    public int DayCount => LastDay.DayNumber - FirstDay.DayNumber + 1;
}
