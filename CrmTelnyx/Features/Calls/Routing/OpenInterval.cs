namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>
/// One stretch of open hours on a local wall clock, Start inclusive, End exclusive. An End at or before the Start runs
/// past midnight into the next day (22:00-02:00); an End of 00:00 means midnight at the close of the day, so
/// 00:00-00:00 is the whole day. Whole minutes only, so the text form (HH:mm) says everything an interval holds.
/// </summary>
public sealed record OpenInterval
{
    public const int MinutesPerDay = 24 * 60;

    public OpenInterval(TimeOnly start, TimeOnly end)
    {
        if (start.Second != 0 || start.Millisecond != 0 || start.Microsecond != 0 || start.Nanosecond != 0
            || end.Second != 0 || end.Millisecond != 0 || end.Microsecond != 0 || end.Nanosecond != 0)
            throw new ArgumentException($"Open hours are whole minutes: got {start:HH:mm:ss.fff}-{end:HH:mm:ss.fff}.");
        // 09:00-09:00 could mean "never" or "24 hours from 9": neither is what someone typing it likely meant.
        if (start == end && start != TimeOnly.MinValue)
            throw new ArgumentException($"{start:HH\\:mm}-{end:HH\\:mm} opens and closes at the same time; 00:00-24:00 is the whole day.");
        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public int StartMinute => Start.Hour * 60 + Start.Minute;

    /// <summary>Minutes from this day's midnight; 1440 when the interval ends at the next midnight.</summary>
    public int EndMinute => End == TimeOnly.MinValue ? MinutesPerDay : End.Hour * 60 + End.Minute;

    public bool CrossesMidnight => EndMinute <= StartMinute;

    public int LengthInMinutes => CrossesMidnight ? MinutesPerDay - StartMinute + EndMinute : EndMinute - StartMinute;

    /// <summary>Open at this minute of the day the interval starts on.</summary>
    public bool CoversOnStartDay(int minuteOfDay) =>
        minuteOfDay >= StartMinute && minuteOfDay < (CrossesMidnight ? MinutesPerDay : EndMinute);

    /// <summary>Open at this minute of the following day, from running past midnight.</summary>
    public bool CoversOnNextDay(int minuteOfDay) => CrossesMidnight && minuteOfDay < EndMinute;
}
