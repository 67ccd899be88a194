using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>
/// The one-line form of a <see cref="WeeklySchedule"/> that is stored and edited: entries split by ';', each days then
/// hours, e.g. "Mon-Fri 09:00-12:00, 13:00-17:00; Sat 10:00-14:00; Sun 22:00-02:00". Days are names or ranges
/// (Fri-Mon wraps), joined by ','; days not listed are closed; an empty text is closed all week. 24:00 ends a day.
/// <see cref="Format"/> writes the canonical form, which parses back to the same schedule.
/// </summary>
public static partial class BusinessHoursText
{
    private const string DayList = "use Mon, Tue, Wed, Thu, Fri, Sat, Sun";

    // The order people read a week in, not DayOfWeek's (which starts on Sunday).
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static bool TryParse(string? text, [NotNullWhen(true)] out WeeklySchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        var intervals = new List<(DayOfWeek Day, OpenInterval Hours)>();
        foreach (var raw in (text ?? "").Split(';'))
        {
            // "Mon - Fri 9:00 – 17:00" is as clear as the canonical form: drop the spaces around separators, read en dashes.
            var entry = SpacedSeparator().Replace(raw.Trim().Replace('–', '-'), "$1");
            if (entry.Length == 0)
                continue;

            var split = entry.IndexOfAny([' ', '\t']);
            var daysText = split < 0 ? entry : entry[..split];
            var hoursText = split < 0 ? "" : entry[(split + 1)..].Trim();
            if (char.IsAsciiDigit(daysText[0]))
                return Fail($"'{entry}' has no days: start with them, e.g. 'Mon-Fri {daysText}'.", out error);
            if (!TryParseDays(daysText, out var days, out error))
                return false;
            if (hoursText.Length == 0)
                return Fail($"'{entry}' has no hours: add them after the days, e.g. '{daysText} 09:00-17:00'.", out error);

            foreach (var rangeText in hoursText.Split(','))
            {
                if (!TryParseInterval(rangeText, out var hours, out error))
                    return false;
                intervals.AddRange(days.Select(day => (day, hours)));
            }
        }

        if (WeeklySchedule.OverlapIn(intervals) is { } overlap)
            return Fail(overlap, out error);
        schedule = new WeeklySchedule(intervals);
        error = null;
        return true;
    }

    /// <summary>Days with the same hours share an entry, consecutive days become a range: "Mon-Fri 09:00-17:00; Sat 10:00-14:00".</summary>
    public static string Format(WeeklySchedule schedule)
    {
        var groups = MondayFirst
            .Where(day => schedule.On(day).Count > 0)
            .GroupBy(day => string.Join(", ", schedule.On(day).Select(Format)));
        return string.Join("; ", groups.Select(group => $"{FormatDays(group.ToList())} {group.Key}"));
    }

    public static string Format(OpenInterval hours) =>
        $"{Format(hours.Start)}-{(hours.End == TimeOnly.MinValue ? "24:00" : Format(hours.End))}";

    /// <summary>"Mon" … "Sun", as the text form writes them.</summary>
    public static string DayName(DayOfWeek day) => day.ToString()[..3];

    private static bool TryParseDays(string text, out List<DayOfWeek> days, [NotNullWhen(false)] out string? error)
    {
        days = [];
        foreach (var item in text.Split(','))
        {
            var ends = item.Split('-');
            if (ends.Length > 2)
                return Fail($"'{item}' is not a day range: write it like Mon-Fri.", out error);
            if (ends.Length == 2)
            {
                if (!TryParseDay(ends[0], out var first) || !TryParseDay(ends[1], out var last))
                {
                    var bad = TryParseDay(ends[0], out _) ? ends[1] : ends[0];
                    return Fail($"'{item}' is not a day range: '{bad}' is not a day ({DayList}).", out error);
                }
                // Fri-Mon runs through the weekend: a range always goes forward.
                for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
                {
                    days.Add(day);
                    if (day == last)
                        break;
                }
            }
            else if (TryParseDay(item, out var day))
                days.Add(day);
            else
                return Fail($"'{item}' is not a day ({DayList}).", out error);
        }
        days = days.Distinct().ToList();
        error = null;
        return true;
    }

    // "Mon" or "Monday", any case; DayOfWeek parsing alone would also take "1", which a person never means here.
    private static bool TryParseDay(string text, out DayOfWeek day)
    {
        foreach (var candidate in MondayFirst)
        {
            if (text.Equals(DayName(candidate), StringComparison.OrdinalIgnoreCase)
                || text.Equals(candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }
        day = default;
        return false;
    }

    private static bool TryParseInterval(string text, [NotNullWhen(true)] out OpenInterval? hours, [NotNullWhen(false)] out string? error)
    {
        hours = null;
        text = text.Trim();
        var ends = text.Split('-');
        if (text.Any(char.IsWhiteSpace))
            return Fail($"'{text}' is not a time range: separate ranges with a comma, e.g. 09:00-12:00, 13:00-17:00.", out error);
        if (ends.Length != 2)
            return Fail($"'{text}' is not a time range: write it like 09:00-17:00.", out error);
        if (ends[0] == "24:00")
            return Fail($"'{text}' cannot start at 24:00: write 00:00.", out error);
        if (!TryParseTime(ends[0], out var start))
            return Fail($"'{text}' is not a time range: '{ends[0]}' is not a time (use 24-hour HH:mm, like 09:00 or 17:30).", out error);
        if (!TryParseTime(ends[1], out var end))
            return Fail($"'{text}' is not a time range: '{ends[1]}' is not a time (use 24-hour HH:mm, like 09:00 or 17:30).", out error);
        if (start == end && start != TimeOnly.MinValue)
            return Fail($"'{text}' opens and closes at the same time: 00:00-24:00 is the whole day.", out error);
        hours = new OpenInterval(start, end);
        error = null;
        return true;
    }

    private static bool TryParseTime(string text, out TimeOnly time)
    {
        if (text == "24:00")
        {
            time = TimeOnly.MinValue;
            return true;
        }
        return TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static string FormatDays(List<DayOfWeek> days)
    {
        // Runs of consecutive days, Monday first: Mon-Wed,Fri.
        var runs = new List<(DayOfWeek First, DayOfWeek Last)>();
        foreach (var day in days)
        {
            if (runs.Count > 0 && Array.IndexOf(MondayFirst, runs[^1].Last) + 1 == Array.IndexOf(MondayFirst, day))
                runs[^1] = (runs[^1].First, day);
            else
                runs.Add((day, day));
        }
        return string.Join(",", runs.Select(run => run.First == run.Last ? DayName(run.First) : $"{DayName(run.First)}-{DayName(run.Last)}"));
    }

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }

    [GeneratedRegex(@"\s*([-,])\s*")]
    private static partial Regex SpacedSeparator();
}
