using CrmTelnyx.Features.TextCenter.QuietHours;
using static CrmTelnyx.Tests.Features.TextCenter.QuietHours.QuietHoursCheckTests;

namespace CrmTelnyx.Tests.Features.TextCenter.QuietHours;

/// <summary>
/// 2026's changes: clocks spring forward on Sunday 8 March at 02:00 (02:30 never happens) and fall back on Sunday
/// 1 November at 02:00 (01:30 happens twice). A deferral must land on the new offset, not the old one.
/// </summary>
public sealed class QuietHoursDaylightSavingTests
{
    private const string NewYork = "+12125551234";
    private const string Chicago = "+13125551234";
    private const string Austin = "+15125551234";

    [Theory]
    [InlineData(NewYork, "2026-03-08T02:30Z", "2026-03-08T12:00Z")] // Saturday 21:30 EST → 08:00 EDT (UTC-4), not 13:00Z
    [InlineData(NewYork, "2026-03-08T06:30Z", "2026-03-08T12:00Z")] // 01:30 EST, just before the gap
    [InlineData(NewYork, "2026-03-08T07:00Z", "2026-03-08T12:00Z")] // 03:00 EDT, just after it
    [InlineData(Chicago, "2026-03-08T06:00Z", "2026-03-08T13:00Z")] // 00:00 CST → 08:00 CDT (UTC-5)
    [InlineData(Chicago, "2026-03-08T08:30Z", "2026-03-08T13:00Z")] // 03:30 CDT
    public void On_the_spring_forward_day_the_window_opens_at_8_am_daylight_time(string phone, string now, string sendAt)
        => AssertDeferred(phone, now, sendAt);

    [Theory]
    [InlineData(NewYork, "2026-11-01T01:00Z", "2026-11-01T13:00Z")] // Saturday 21:00 EDT → 08:00 EST (UTC-5), not 12:00Z
    [InlineData(NewYork, "2026-11-01T05:30Z", "2026-11-01T13:00Z")] // 01:30 EDT, the first time
    [InlineData(NewYork, "2026-11-01T06:30Z", "2026-11-01T13:00Z")] // 01:30 EST, the second time
    [InlineData(Chicago, "2026-11-01T06:30Z", "2026-11-01T14:00Z")] // 01:30 CDT → 08:00 CST (UTC-6)
    [InlineData(Chicago, "2026-11-01T07:30Z", "2026-11-01T14:00Z")] // 01:30 CST
    public void On_the_fall_back_day_the_window_opens_at_8_am_standard_time(string phone, string now, string sendAt)
        => AssertDeferred(phone, now, sendAt);

    [Theory]
    [InlineData(NewYork, "2026-03-08T11:59Z", false)]
    [InlineData(NewYork, "2026-03-08T12:00Z", true)]
    [InlineData(NewYork, "2026-03-09T00:59Z", true)] // 20:59 EDT
    [InlineData(NewYork, "2026-03-09T01:00Z", false)] // 21:00 EDT
    [InlineData(Chicago, "2026-11-01T13:59Z", false)] // 07:59 CST
    [InlineData(Chicago, "2026-11-01T14:00Z", true)]
    [InlineData(Chicago, "2026-11-02T02:59Z", true)] // 20:59 CST
    [InlineData(Chicago, "2026-11-02T03:00Z", false)] // 21:00 CST
    public void The_window_edges_on_a_change_day_follow_the_new_offset(string phone, string now, bool allowed)
        => Assert.Equal(allowed, QuietHoursCheck.DecideAt(phone, null, Utc(now)).AllowedNow);

    [Fact]
    public void Texas_Sunday_noon_on_the_spring_forward_Sunday_is_17_00_UTC()
        => AssertDeferred(Austin, "2026-03-08T15:00Z", "2026-03-08T17:00Z"); // 10:00 CDT

    [Fact]
    public void A_window_opening_inside_the_spring_forward_gap_opens_when_the_gap_ends()
    {
        var rule = QuietHoursRule.EveryDay(null, new TimeOnly(2, 30), new TimeOnly(5, 0), "test");
        var constraint = new QuietHoursConstraint(rule, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        // 01:00 EST; 02:30 never comes, 03:00 EDT (07:00Z) is the first moment the clock reads past it.
        Assert.Equal(Utc("2026-03-08T07:00Z"), QuietHoursCalculator.NextAllowed(constraint, Utc("2026-03-08T06:00Z")));
    }

    [Fact]
    public void A_window_lying_wholly_inside_the_gap_waits_for_the_next_day()
    {
        var rule = QuietHoursRule.EveryDay(null, new TimeOnly(2, 10), new TimeOnly(2, 50), "test");
        var constraint = new QuietHoursConstraint(rule, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        // 02:10 EDT on 9 March is 06:10Z.
        Assert.Equal(Utc("2026-03-09T06:10Z"), QuietHoursCalculator.NextAllowed(constraint, Utc("2026-03-08T06:00Z")));
    }

    [Fact]
    public void A_window_opening_at_a_repeated_time_opens_the_first_time()
    {
        var rule = QuietHoursRule.EveryDay(null, new TimeOnly(1, 30), new TimeOnly(5, 0), "test");
        var constraint = new QuietHoursConstraint(rule, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        // 00:00 EDT; 01:30 EDT (05:30Z) comes an hour before 01:30 EST.
        Assert.Equal(Utc("2026-11-01T05:30Z"), QuietHoursCalculator.NextAllowed(constraint, Utc("2026-11-01T04:00Z")));
    }

    private static void AssertDeferred(string phone, string now, string sendAt) =>
        Assert.Equal(new QuietHoursDecision(false, Utc(sendAt)), QuietHoursCheck.DecideAt(phone, null, Utc(now)));
}
