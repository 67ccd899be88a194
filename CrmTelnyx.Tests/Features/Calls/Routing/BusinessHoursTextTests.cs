using CrmTelnyx.Features.Calls.Routing;

namespace CrmTelnyx.Tests.Features.Calls.Routing;

/// <summary>The stored one-line schedule: what it reads, the one form it writes back, and what it says when it cannot read.</summary>
public sealed class BusinessHoursTextTests
{
    private static WeeklySchedule Parse(string text) =>
        BusinessHoursText.TryParse(text, out var schedule, out var error) ? schedule : throw new InvalidOperationException(error);

    private static OpenInterval At(int startHour, int startMinute, int endHour, int endMinute) =>
        new(new TimeOnly(startHour, startMinute), new TimeOnly(endHour % 24, endMinute));

    [Fact]
    public void Reads_day_ranges_and_hours_per_day()
    {
        var schedule = Parse("Mon-Fri 09:00-17:00; Sat 10:00-14:00");

        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday })
            Assert.Equal([At(9, 0, 17, 0)], schedule.On(day));
        Assert.Equal([At(10, 0, 14, 0)], schedule.On(DayOfWeek.Saturday));
        Assert.Empty(schedule.On(DayOfWeek.Sunday));
    }

    [Fact]
    public void Reads_day_lists_several_ranges_a_day_and_24_00_as_the_days_end()
    {
        var schedule = Parse("Mon,Wed 08:00-12:00, 13:00-17:30; Sun 18:00-24:00");

        Assert.Equal([At(8, 0, 12, 0), At(13, 0, 17, 30)], schedule.On(DayOfWeek.Monday));
        Assert.Equal(schedule.On(DayOfWeek.Monday), schedule.On(DayOfWeek.Wednesday));
        Assert.Empty(schedule.On(DayOfWeek.Tuesday));
        Assert.Equal([At(18, 0, 24, 0)], schedule.On(DayOfWeek.Sunday));
        Assert.False(schedule.On(DayOfWeek.Sunday)[0].CrossesMidnight);
    }

    [Fact]
    public void A_range_from_Friday_to_Monday_runs_through_the_weekend()
    {
        var schedule = Parse("Fri-Mon 10:00-12:00");

        Assert.All([DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday],
            day => Assert.Single(schedule.On(day)));
        Assert.Empty(schedule.On(DayOfWeek.Tuesday));
        Assert.Equal("Mon,Fri-Sun 10:00-12:00", BusinessHoursText.Format(schedule));
    }

    [Theory]
    [InlineData("Mon-Fri 09:00-17:00; Sat 10:00-14:00")]
    [InlineData("Mon-Fri 09:00-12:00, 13:00-17:00")]
    [InlineData("Mon,Wed,Fri 08:00-12:00; Tue,Thu 13:00-18:00")]
    [InlineData("Mon-Sun 00:00-24:00")]
    [InlineData("Fri 22:00-02:00")]
    [InlineData("Mon-Thu 09:00-17:00; Fri 09:00-17:00, 22:00-02:00; Sun 18:00-24:00")]
    [InlineData("")]
    public void The_canonical_form_round_trips(string text) =>
        Assert.Equal(text, BusinessHoursText.Format(Parse(text)));

    [Theory]
    [InlineData(" mon - fri 9:00 – 17:00 ;  saturday 10:00-14:00 ;", "Mon-Fri 09:00-17:00; Sat 10:00-14:00")]
    [InlineData("Sat 10:00-14:00; Tue 09:00-17:00; Mon 09:00-17:00", "Mon-Tue 09:00-17:00; Sat 10:00-14:00")]
    [InlineData("Mon 13:00-17:00, 08:00-12:00", "Mon 08:00-12:00, 13:00-17:00")]
    [InlineData("Mon,Mon,Tuesday 09:00-10:00", "Mon-Tue 09:00-10:00")]
    [InlineData("Sun 00:00-00:00", "Sun 00:00-24:00")]
    public void Loose_input_is_written_back_in_the_canonical_form(string typed, string canonical)
    {
        var schedule = Parse(typed);

        Assert.Equal(canonical, BusinessHoursText.Format(schedule));
        Assert.Equal(schedule, Parse(canonical));
    }

    [Fact]
    public void A_schedule_built_in_code_survives_format_then_parse()
    {
        var built = new WeeklySchedule(
        [
            (DayOfWeek.Tuesday, At(9, 0, 17, 0)),
            (DayOfWeek.Monday, At(9, 0, 17, 0)),
            (DayOfWeek.Saturday, At(23, 0, 1, 30)),
            (DayOfWeek.Sunday, At(12, 15, 13, 45)),
        ]);

        var text = BusinessHoursText.Format(built);

        Assert.Equal("Mon-Tue 09:00-17:00; Sat 23:00-01:30; Sun 12:15-13:45", text);
        Assert.Equal(built, Parse(text));
        Assert.NotEqual(built, Parse("Mon-Tue 09:00-17:00; Sat 23:00-01:30"));
    }

    [Theory]
    [InlineData("Mon-Fry 09:00-17:00", "'Mon-Fry' is not a day range: 'Fry' is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun).")]
    [InlineData("Mnd-Fri 09:00-17:00", "'Mnd-Fri' is not a day range: 'Mnd' is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun).")]
    [InlineData("Mon,Thr 09:00-17:00", "'Thr' is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun).")]
    [InlineData("Mon-Fri-Sat 09:00-17:00", "'Mon-Fri-Sat' is not a day range: write it like Mon-Fri.")]
    [InlineData("Mon-Fri", "'Mon-Fri' has no hours: add them after the days, e.g. 'Mon-Fri 09:00-17:00'.")]
    [InlineData("Mon-Fri 09:00-17:00; Sat", "'Sat' has no hours: add them after the days, e.g. 'Sat 09:00-17:00'.")]
    [InlineData("09:00-17:00", "'09:00-17:00' has no days: start with them, e.g. 'Mon-Fri 09:00-17:00'.")]
    [InlineData("Mon 9am-5pm", "'9am-5pm' is not a time range: '9am' is not a time (use 24-hour HH:mm, like 09:00 or 17:30).")]
    [InlineData("Mon 09:00-25:00", "'09:00-25:00' is not a time range: '25:00' is not a time (use 24-hour HH:mm, like 09:00 or 17:30).")]
    [InlineData("Mon 09:00", "'09:00' is not a time range: write it like 09:00-17:00.")]
    [InlineData("Mon 09:00-12:00 13:00-17:00", "'09:00-12:00 13:00-17:00' is not a time range: separate ranges with a comma, e.g. 09:00-12:00, 13:00-17:00.")]
    [InlineData("Mon 24:00-02:00", "'24:00-02:00' cannot start at 24:00: write 00:00.")]
    [InlineData("Mon 09:00-09:00", "'09:00-09:00' opens and closes at the same time: 00:00-24:00 is the whole day.")]
    [InlineData("Mon 09:00-12:00, 11:00-13:00", "Mon 09:00-12:00 overlaps Mon 11:00-13:00.")]
    [InlineData("Mon-Fri 09:00-17:00; Wed 16:00-18:00", "Wed 09:00-17:00 overlaps Wed 16:00-18:00.")]
    [InlineData("Sun 22:00-03:00; Mon 02:00-05:00", "Sun 22:00-03:00 overlaps Mon 02:00-05:00.")]
    [InlineData("Sat 22:00-03:00; Sun 02:00-05:00", "Sat 22:00-03:00 overlaps Sun 02:00-05:00.")]
    public void Unreadable_text_is_refused_with_what_was_wrong(string text, string expected)
    {
        Assert.False(BusinessHoursText.TryParse(text, out var schedule, out var error));
        Assert.Null(schedule);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Back_to_back_intervals_do_not_overlap()
    {
        Assert.True(BusinessHoursText.TryParse("Mon 09:00-12:00, 12:00-17:00; Sun 20:00-24:00; Mon 00:00-02:00", out _, out var error), error);
    }

    [Fact]
    public void An_interval_holds_whole_minutes_and_no_same_time_except_the_whole_day()
    {
        Assert.Throws<ArgumentException>(() => new OpenInterval(new TimeOnly(9, 0), new TimeOnly(9, 0)));
        Assert.Throws<ArgumentException>(() => new OpenInterval(new TimeOnly(9, 0, 30), new TimeOnly(17, 0)));
        Assert.Equal(24 * 60, new OpenInterval(TimeOnly.MinValue, TimeOnly.MinValue).LengthInMinutes);
        Assert.Equal(4 * 60, At(22, 0, 2, 0).LengthInMinutes);
    }
}
