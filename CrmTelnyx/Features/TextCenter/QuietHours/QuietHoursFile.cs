using System.Globalization;
using System.Text.Json;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.TextCenter.QuietHours;

/// <summary>
/// Reads quiet-hours.json into rules and refuses a file that is wrong rather than guessing: an unknown state, a window
/// whose start is not before its end, a missing source, a rule closed every day, or a state listed twice.
/// </summary>
internal static class QuietHoursFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static (QuietHoursRule Default, IReadOnlyList<QuietHoursRule> States) Read(Stream json)
    {
        var file = JsonSerializer.Deserialize<FileDto>(json, Json)
            ?? throw new InvalidDataException("quiet hours: the file is empty.");
        var defaultRule = ToRule(file.Default ?? throw new InvalidDataException("quiet hours: \"default\" is missing."), null);

        var states = new List<QuietHoursRule>();
        foreach (var dto in file.States ?? [])
        {
            var state = dto.State?.Trim().ToUpperInvariant() ?? "";
            if (!NanpAreaCodes.Regions.Contains(state))
                throw new InvalidDataException($"quiet hours: \"{dto.State}\" is not a state or province in the area-code table.");
            if (states.Any(rule => rule.State == state))
                throw new InvalidDataException($"quiet hours: {state} is listed twice.");
            states.Add(ToRule(dto, state));
        }

        return (defaultRule, states.AsReadOnly());
    }

    private static QuietHoursRule ToRule(RuleDto dto, string? state)
    {
        var name = state ?? "default";
        if (string.IsNullOrWhiteSpace(dto.Source))
            throw new InvalidDataException($"quiet hours: {name} has no source.");

        var everyDay = ToWindow(dto.Start, dto.End, name);
        var windows = Enumerable.Repeat<DailyWindow?>(everyDay, 7).ToArray();
        foreach (var (dayName, day) in dto.Days ?? [])
        {
            if (!Enum.TryParse<DayOfWeek>(dayName, ignoreCase: true, out var dayOfWeek) || !Enum.IsDefined(dayOfWeek))
                throw new InvalidDataException($"quiet hours: {name} names an unknown day \"{dayName}\".");
            windows[(int)dayOfWeek] = day.Closed ? null : ToWindow(day.Start, day.End, $"{name} {dayName}");
        }

        if (windows.All(window => window is null))
            throw new InvalidDataException($"quiet hours: {name} is closed every day, so its messages could never go.");
        return new QuietHoursRule(state, windows, dto.Source.Trim());
    }

    private static DailyWindow ToWindow(string? start, string? end, string name)
    {
        var window = new DailyWindow(ParseTime(start, name), ParseTime(end, name));
        return window.Start < window.End
            ? window
            : throw new InvalidDataException($"quiet hours: {name} starts at {start}, not before its end {end}.");
    }

    private static TimeOnly ParseTime(string? text, string name) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidDataException($"quiet hours: {name} has \"{text}\" where a time like 08:00 belongs.");

    private sealed record FileDto(RuleDto? Default, List<RuleDto>? States);

    private sealed record RuleDto(string? State, string? Start, string? End, Dictionary<string, DayDto>? Days, string? Source);

    private sealed record DayDto(string? Start, string? End, bool Closed);
}
