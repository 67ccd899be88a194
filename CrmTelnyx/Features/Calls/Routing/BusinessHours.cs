using System.Diagnostics.CodeAnalysis;

namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>Whether a line is taking calls at one instant, and if not, why (the voicemail greeting differs).</summary>
public enum BusinessHoursState
{
    Open,
    AfterHours,
    Holiday,
}

/// <summary>
/// When a line takes calls: a weekly schedule on one time zone's wall clock, minus holidays. Everything is read on the
/// local clock, so the hours follow daylight saving time: 09:00 is 14:00 UTC in New York's winter and 13:00 in summer.
/// On a fall-back day the repeated hour is open both times if the schedule covers it; a spring-forward gap simply never
/// happens. A holiday closes its whole local calendar date, including the after-midnight tail of the evening before.
/// </summary>
public sealed class BusinessHours
{
    public BusinessHours(WeeklySchedule week, string timeZoneId, IEnumerable<DateOnly>? holidays = null)
    {
        if (!TryFindZone(timeZoneId, out var zone, out var error))
            throw new ArgumentException(error, nameof(timeZoneId));
        Week = week;
        Zone = zone;
        Holidays = (holidays ?? []).Distinct().Order().ToList().AsReadOnly();
    }

    public WeeklySchedule Week { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The IANA id as given, e.g. "America/Chicago".</summary>
    public string TimeZoneId => Zone.Id;

    /// <summary>Dates closed all day, on the zone's calendar, ascending.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; }

    public static bool TryCreate(
        WeeklySchedule week, string timeZoneId, IEnumerable<DateOnly>? holidays,
        [NotNullWhen(true)] out BusinessHours? hours, [NotNullWhen(false)] out string? error)
    {
        hours = TryFindZone(timeZoneId, out _, out error) ? new BusinessHours(week, timeZoneId, holidays) : null;
        return hours is not null;
    }

    public BusinessHoursState StateAt(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone).DateTime;
        if (Holidays.Contains(DateOnly.FromDateTime(local)))
            return BusinessHoursState.Holiday;
        return Week.IsOpenAt(local.DayOfWeek, TimeOnly.FromDateTime(local)) ? BusinessHoursState.Open : BusinessHoursState.AfterHours;
    }

    public bool IsOpen(DateTimeOffset now) => StateAt(now) == BusinessHoursState.Open;

    private static bool TryFindZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone, [NotNullWhen(false)] out string? error)
    {
        (zone, error) = (null, null);
        if (string.IsNullOrWhiteSpace(id))
            error = "No time zone: business hours need one, e.g. America/Chicago.";
        else
        {
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                error = $"'{id}' is not a time zone: use an IANA id such as America/Chicago.";
            }
        }
        return zone is not null;
    }
}
