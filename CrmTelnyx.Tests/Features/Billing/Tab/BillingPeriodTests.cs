using CrmTelnyx.Features.Billing.Tab;

namespace CrmTelnyx.Tests.Features.Billing.Tab;

/// <summary>The Billing tab's periods are the company's days: a month starts at local midnight, whatever UTC says.</summary>
public sealed class BillingPeriodTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [Fact]
    public void This_month_in_Chicago_starts_at_local_midnight_on_the_first_which_is_six_in_the_morning_UTC_in_winter()
    {
        // 03:00 UTC on Dec 1 is still Nov 30 in Chicago.
        var period = BillingPeriod.Of(BillingPreset.ThisMonth, new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero), Chicago);

        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (period.FirstDay, period.LastDay));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 0, 0, TimeSpan.Zero), period.FromUtc); // CDT until Nov 1, 2026
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero), period.ToUtc);   // CST from then
    }

    [Fact]
    public void Last_month_runs_over_the_whole_previous_month_across_the_year_end()
    {
        var period = BillingPeriod.Of(BillingPreset.LastMonth, new DateTimeOffset(2027, 1, 15, 18, 0, 0, TimeSpan.Zero), Chicago);

        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), 31), (period.FirstDay, period.LastDay, period.DayCount));
    }

    [Fact]
    public void This_week_starts_on_monday_and_today_is_one_day()
    {
        var wednesday = new DateTimeOffset(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

        var week = BillingPeriod.Of(BillingPreset.ThisWeek, wednesday, Chicago);
        var today = BillingPeriod.Of(BillingPreset.Today, wednesday, Chicago);

        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2)), (week.FirstDay, week.LastDay));
        Assert.Equal((new DateOnly(2026, 12, 2), 1), (today.FirstDay, today.DayCount));
    }

    [Fact]
    public void A_custom_range_given_backwards_is_turned_round()
    {
        var period = BillingPeriod.Of(BillingPreset.Custom, DateTimeOffset.UtcNow, Chicago, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 1));

        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10)), (period.FirstDay, period.LastDay));
    }
}
