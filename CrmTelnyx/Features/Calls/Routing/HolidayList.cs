using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>Closed dates as people type them: yyyy-MM-dd, one per line (commas work too).</summary>
public static class HolidayList
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out IReadOnlyList<DateOnly>? holidays, [NotNullWhen(false)] out string? error)
    {
        var dates = new List<DateOnly>();
        foreach (var part in (text ?? "").Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                (holidays, error) = (null, $"'{part}' is not a date written as yyyy-MM-dd (e.g. 2026-12-25).");
                return false;
            }
            dates.Add(date);
        }
        (holidays, error) = (dates.Distinct().Order().ToList(), null);
        return true;
    }

    public static string Format(IEnumerable<DateOnly> holidays) =>
        string.Join('\n', holidays.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
