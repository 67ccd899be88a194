using System.Globalization;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>When a text came or went, in the company's time zone (<see cref="CompanyClock.Zone"/>): the time alone today, the date before that.</summary>
public static class ConversationTime
{
    public static string Short(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        return local.Date == today ? local.ToString("h:mm tt", CultureInfo.InvariantCulture).ToLowerInvariant()
            : local.Year == today.Year ? local.ToString("MMM d", CultureInfo.InvariantCulture)
            : local.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
    }

    public static string Long(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("MMM d, h:mm tt", CultureInfo.InvariantCulture).Replace("AM", "am").Replace("PM", "pm");
}
