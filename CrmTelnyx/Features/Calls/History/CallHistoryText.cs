using System.Globalization;

namespace CrmTelnyx.Features.Calls.History;

/// <summary>Call figures as the history and its totals show them.</summary>
public static class CallHistoryText
{
    /// <summary>"4:07"; "1:02:03" past an hour; "—" when not known.</summary>
    public static string Duration(int? seconds) => seconds switch
    {
        null => "—",
        >= 3600 => $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}",
        _ => $"{seconds / 60}:{seconds % 60:00}",
    };

    /// <summary>"$0.0140": calls cost fractions of a cent per minute, so four places.</summary>
    public static string Cost(decimal? cost) => cost?.ToString("$#,##0.0000", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>"Mar 3 4:05 PM", with the year when it is not this year's.</summary>
    public static string When(DateTime local, DateTime localNow) =>
        local.ToString(local.Year == localNow.Year ? "MMM d h:mm tt" : "MMM d yyyy h:mm tt", CultureInfo.InvariantCulture);
}
