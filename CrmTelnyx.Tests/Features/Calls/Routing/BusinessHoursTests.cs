using CrmTelnyx.Features.Calls.Routing;

namespace CrmTelnyx.Tests.Features.Calls.Routing;

/// <summary>Open or not at one UTC instant, read on the rule's wall clock: weekdays, daylight saving, midnight, holidays.</summary>
public sealed class BusinessHoursTests
{
    internal static BusinessHours Hours(string schedule, string zone = "America/Chicago", params DateOnly[] holidays) =>
        BusinessHoursText.TryParse(schedule, out var week, out var error)
            ? new BusinessHours(week, zone, holidays)
            : throw new InvalidOperationException(error);

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant + "Z", System.Globalization.CultureInfo.InvariantCulture);

    // Week of Monday 2 June 2025; Chicago keeps CDT (UTC-5).
    [Theory]
    [InlineData("2025-06-02T14:00", true)] // Mon 09:00
    [InlineData("2025-06-02T13:59", false)] // Mon 08:59
    [InlineData("2025-06-02T21:59", true)] // Mon 16:59
    [InlineData("2025-06-02T22:00", false)] // Mon 17:00: the end is exclusive
    [InlineData("2025-06-06T17:00", true)] // Fri 12:00
    [InlineData("2025-06-07T15:30", true)] // Sat 10:30
    [InlineData("2025-06-07T19:00", false)] // Sat 14:00
    [InlineData("2025-06-07T14:00", false)] // Sat 09:00: Saturday opens later than weekdays
    [InlineData("2025-06-08T17:00", false)] // Sun noon: not listed, closed
    public void Weekdays_open_and_close_on_the_local_clock(string utc, bool open) =>
        Assert.Equal(open, Hours("Mon-Fri 09:00-17:00; Sat 10:00-14:00").IsOpen(Utc(utc)));

    // 9 March 2025, New York springs forward at 02:00 EST to 03:00 EDT: 09:00 that day is 13:00 UTC, not 14:00.
    [Theory]
    [InlineData("2025-03-09T12:30", false)] // 08:30 EDT (07:30 on last week's clock)
    [InlineData("2025-03-09T13:30", true)] // 09:30 EDT (08:30 EST would be closed)
    [InlineData("2025-03-09T20:59", true)] // 16:59 EDT
    [InlineData("2025-03-09T21:00", false)] // 17:00 EDT (16:00 EST would be open)
    [InlineData("2025-03-08T13:30", false)] // the Saturday before, 08:30 EST
    [InlineData("2025-03-08T14:30", true)] // 09:30 EST
    public void Spring_forward_day_moves_opening_an_hour_earlier_in_UTC(string utc, bool open) =>
        Assert.Equal(open, Hours("Sat-Sun 09:00-17:00", "America/New_York").IsOpen(Utc(utc)));

    // 2 November 2025, New York falls back at 02:00 EDT to 01:00 EST: 09:00 that day is 14:00 UTC.
    [Theory]
    [InlineData("2025-11-02T13:30", false)] // 08:30 EST (09:30 EDT would be open)
    [InlineData("2025-11-02T14:00", true)] // 09:00 EST
    [InlineData("2025-11-02T21:59", true)] // 16:59 EST
    [InlineData("2025-11-02T22:00", false)] // 17:00 EST
    [InlineData("2025-11-01T13:00", true)] // the Saturday before, 09:00 EDT
    public void Fall_back_day_moves_opening_an_hour_later_in_UTC(string utc, bool open) =>
        Assert.Equal(open, Hours("Sat-Sun 09:00-17:00", "America/New_York").IsOpen(Utc(utc)));

    [Theory]
    [InlineData("2025-11-02T04:59", false)] // 00:59 EDT
    [InlineData("2025-11-02T05:30", true)] // 01:30 EDT, the first time
    [InlineData("2025-11-02T06:30", true)] // 01:30 EST, the second time
    [InlineData("2025-11-02T07:00", false)] // 02:00 EST
    public void The_repeated_hour_at_fall_back_is_open_both_times(string utc, bool open) =>
        Assert.Equal(open, Hours("Sun 01:00-02:00", "America/New_York").IsOpen(Utc(utc)));

    [Theory]
    [InlineData("2025-03-09T06:30", true)] // 01:30 EST
    [InlineData("2025-03-09T06:59", true)] // 01:59 EST; the next minute is 03:00 EDT
    [InlineData("2025-03-09T07:00", false)] // 03:00 EDT: 02:00-03:00 never happened
    public void An_interval_across_the_spring_forward_gap_is_an_hour_shorter(string utc, bool open) =>
        Assert.Equal(open, Hours("Sun 01:00-03:00", "America/New_York").IsOpen(Utc(utc)));

    [Theory]
    [InlineData("2025-06-07T02:59", false)] // Fri 21:59 CDT
    [InlineData("2025-06-07T03:00", true)] // Fri 22:00
    [InlineData("2025-06-07T05:00", true)] // Sat 00:00: carried over from Friday
    [InlineData("2025-06-07T06:59", true)] // Sat 01:59
    [InlineData("2025-06-07T07:00", false)] // Sat 02:00
    [InlineData("2025-06-06T06:00", false)] // Fri 01:00: Thursday has no night hours
    [InlineData("2025-06-08T06:00", false)] // Sun 01:00: Saturday has none either
    public void An_interval_crossing_midnight_opens_the_early_hours_of_the_next_day(string utc, bool open) =>
        Assert.Equal(open, Hours("Mon-Fri 09:00-17:00; Fri 22:00-02:00").IsOpen(Utc(utc)));

    [Theory]
    [InlineData("2025-06-08T04:30", true)] // Sat 23:30 CDT
    [InlineData("2025-06-08T06:30", true)] // Sun 01:30: Saturday night runs into the next week's first day
    [InlineData("2025-06-09T06:30", false)] // Mon 01:30
    public void A_Saturday_night_interval_wraps_into_Sunday(string utc, bool open) =>
        Assert.Equal(open, Hours("Sat 22:00-02:00").IsOpen(Utc(utc)));

    // Christmas Day in Chicago (UTC-6 in December); the line is otherwise open around the clock.
    [Theory]
    [InlineData("2025-12-25T05:30", BusinessHoursState.Open)] // Dec 24 23:30 local: already Dec 25 in UTC, not yet the holiday
    [InlineData("2025-12-25T06:00", BusinessHoursState.Holiday)] // Dec 25 00:00 local
    [InlineData("2025-12-26T05:59", BusinessHoursState.Holiday)] // Dec 25 23:59 local, Dec 26 in UTC
    [InlineData("2025-12-26T06:00", BusinessHoursState.Open)] // Dec 26 00:00 local
    public void A_holiday_is_a_date_on_the_rules_calendar_not_UTCs(string utc, BusinessHoursState state) =>
        Assert.Equal(state, Hours("Mon-Sun 00:00-24:00", "America/Chicago", new DateOnly(2025, 12, 25)).StateAt(Utc(utc)));

    [Theory]
    [InlineData("2025-12-25T18:00", BusinessHoursState.Holiday)] // Thu noon, a normal working hour
    [InlineData("2025-12-25T03:00", BusinessHoursState.Open)] // Dec 24 21:00 local, before the holiday
    [InlineData("2025-12-26T18:00", BusinessHoursState.Open)] // Fri noon
    [InlineData("2025-12-27T05:30", BusinessHoursState.AfterHours)] // Fri 23:30
    public void A_holiday_closes_the_whole_day_and_says_so(string utc, BusinessHoursState state) =>
        Assert.Equal(state, Hours("Mon-Fri 09:00-22:00", "America/Chicago", new DateOnly(2025, 12, 25)).StateAt(Utc(utc)));

    [Fact]
    public void A_holiday_also_closes_the_after_midnight_tail_of_the_evening_before()
    {
        var hours = Hours("Wed 22:00-02:00", "America/Chicago", new DateOnly(2025, 12, 25));

        Assert.Equal(BusinessHoursState.Open, hours.StateAt(Utc("2025-12-25T05:00"))); // Wed Dec 24 23:00
        Assert.Equal(BusinessHoursState.Holiday, hours.StateAt(Utc("2025-12-25T07:00"))); // Thu Dec 25 01:00
    }

    [Fact]
    public void An_instant_with_any_offset_is_read_as_the_same_moment()
    {
        var hours = Hours("Mon-Fri 09:00-17:00");
        var mondayNineChicago = new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(-5));

        Assert.True(hours.IsOpen(mondayNineChicago));
        Assert.True(hours.IsOpen(mondayNineChicago.ToOffset(TimeSpan.FromHours(9))));
        Assert.False(hours.IsOpen(mondayNineChicago.AddMinutes(-1).ToOffset(TimeSpan.FromHours(2))));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_a_reason()
    {
        Assert.False(BusinessHours.TryCreate(WeeklySchedule.AlwaysClosed, "America/Chicgo", [], out var hours, out var error));
        Assert.Null(hours);
        Assert.Equal("'America/Chicgo' is not a time zone: use an IANA id such as America/Chicago.", error);
        Assert.Throws<ArgumentException>(() => new BusinessHours(WeeklySchedule.AlwaysClosed, ""));
    }

    [Fact]
    public void A_known_zone_is_kept_with_holidays_sorted_and_once_each()
    {
        Assert.True(BusinessHours.TryCreate(
            WeeklySchedule.AlwaysClosed, "America/New_York",
            [new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 25), new DateOnly(2026, 1, 1)], out var hours, out _));

        Assert.Equal("America/New_York", hours.TimeZoneId);
        Assert.Equal([new DateOnly(2025, 12, 25), new DateOnly(2026, 1, 1)], hours.Holidays);
        Assert.False(hours.IsOpen(Utc("2025-06-02T15:00")));
        Assert.Equal(BusinessHoursState.AfterHours, hours.StateAt(Utc("2025-06-02T15:00")));
    }
}
