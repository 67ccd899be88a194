namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>
/// The open hours of each weekday on a local wall clock; a day with no intervals is closed. An interval belongs to the
/// day it starts on, so Monday 22:00-02:00 also opens the first two hours of Tuesday. Intervals may not overlap, even
/// across midnight, so every schedule has one text form (<see cref="BusinessHoursText"/>).
/// </summary>
public sealed class WeeklySchedule : IEquatable<WeeklySchedule>
{
    private const int MinutesPerWeek = 7 * OpenInterval.MinutesPerDay;

    // Indexed by (int)DayOfWeek, each sorted by start.
    private readonly OpenInterval[][] byDay;

    public WeeklySchedule(IEnumerable<(DayOfWeek Day, OpenInterval Hours)> intervals)
    {
        var list = intervals.ToList();
        foreach (var (day, _) in list)
        {
            if (!Enum.IsDefined(day))
                throw new ArgumentException($"{(int)day} is not a day of the week.");
        }
        if (OverlapIn(list) is { } overlap)
            throw new ArgumentException(overlap);
        byDay = Enumerable.Range(0, 7)
            .Select(day => list.Where(entry => (int)entry.Day == day).Select(entry => entry.Hours).OrderBy(i => i.Start).ToArray())
            .ToArray();
    }

    /// <summary>Closed every day: every call goes to voicemail.</summary>
    public static WeeklySchedule AlwaysClosed { get; } = new([]);

    public IReadOnlyList<OpenInterval> On(DayOfWeek day) => byDay[(int)day];

    public bool IsAlwaysClosed => byDay.All(day => day.Length == 0);

    /// <summary>Open at this wall-clock time: from an interval starting today, or one from yesterday running past midnight.</summary>
    public bool IsOpenAt(DayOfWeek day, TimeOnly time)
    {
        var minute = time.Hour * 60 + time.Minute;
        var yesterday = (DayOfWeek)(((int)day + 6) % 7);
        return On(day).Any(i => i.CoversOnStartDay(minute)) || On(yesterday).Any(i => i.CoversOnNextDay(minute));
    }

    /// <summary>A sentence naming the first two intervals that overlap, or null when none do.</summary>
    internal static string? OverlapIn(IReadOnlyList<(DayOfWeek Day, OpenInterval Hours)> intervals)
    {
        for (var a = 0; a < intervals.Count; a++)
        {
            for (var b = a + 1; b < intervals.Count; b++)
            {
                if (Overlap(intervals[a], intervals[b]))
                    return $"{Describe(intervals[a])} overlaps {Describe(intervals[b])}.";
            }
        }
        return null;
    }

    // Minutes of a circular week: Saturday 22:00-02:00 wraps into Sunday, the start of the next week.
    private static bool Overlap((DayOfWeek Day, OpenInterval Hours) a, (DayOfWeek Day, OpenInterval Hours) b)
    {
        var aStart = (int)a.Day * OpenInterval.MinutesPerDay + a.Hours.StartMinute;
        var bStart = (int)b.Day * OpenInterval.MinutesPerDay + b.Hours.StartMinute;
        foreach (var shift in (int[])[-MinutesPerWeek, 0, MinutesPerWeek])
        {
            var shifted = bStart + shift;
            if (aStart < shifted + b.Hours.LengthInMinutes && shifted < aStart + a.Hours.LengthInMinutes)
                return true;
        }
        return false;
    }

    private static string Describe((DayOfWeek Day, OpenInterval Hours) entry) =>
        $"{BusinessHoursText.DayName(entry.Day)} {BusinessHoursText.Format(entry.Hours)}";

    public bool Equals(WeeklySchedule? other) =>
        other is not null && byDay.Zip(other.byDay).All(pair => pair.First.SequenceEqual(pair.Second));

    public override bool Equals(object? obj) => Equals(obj as WeeklySchedule);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var interval in byDay.SelectMany(day => day.Append(null)))
            hash.Add(interval);
        return hash.ToHashCode();
    }

    public override string ToString() => BusinessHoursText.Format(this);
}
