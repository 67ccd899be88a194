using System.Globalization;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>Times as the company reads them (Texting settings' time zone): schedules entered, finish times, blast and conversation times.</summary>
public static class CompanyClock
{
    public static TimeZoneInfo Zone(string? ianaId)
    {
        // A zone the machine does not know must not break the composer: Eastern is the settings' default.
        try { return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(ianaId) ? "America/New_York" : ianaId); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { return TimeZoneInfo.FindSystemTimeZoneById("America/New_York"); }
    }

    /// <summary>The company's zone as Settings → Texting holds it.</summary>
    public static async Task<TimeZoneInfo> ZoneAsync(Data.CrmDbContext db, CancellationToken cancellationToken = default) =>
        Zone(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            db.TextingSettings.Where(s => s.Id == Settings.TextingSettings.SingletonId).Select(s => s.CompanyTimeZone), cancellationToken));

    /// <summary>A wall-clock time in the zone as UTC; a time skipped by the spring change counts as the hour after.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>"today 4:40 pm", "tomorrow 9:00 am", "Friday 8:00 am", "Dec 24 8:00 am".</summary>
    public static string Describe(DateTimeOffset instant, DateTimeOffset now, TimeZoneInfo zone)
    {
        var at = ToLocal(instant, zone);
        var today = ToLocal(now, zone).Date;
        var clock = at.ToString("h:mm tt", CultureInfo.InvariantCulture).ToLowerInvariant();
        var days = (at.Date - today).Days;
        return days switch
        {
            0 => $"today {clock}",
            1 => $"tomorrow {clock}",
            > 1 and < 7 => $"{at.ToString("dddd", CultureInfo.InvariantCulture)} {clock}",
            _ when at.Year == today.Year => $"{at.ToString("MMM d", CultureInfo.InvariantCulture)} {clock}",
            _ => $"{at.ToString("MMM d yyyy", CultureInfo.InvariantCulture)} {clock}",
        };
    }
}
