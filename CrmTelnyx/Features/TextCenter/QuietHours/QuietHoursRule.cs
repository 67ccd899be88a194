namespace CrmTelnyx.Features.TextCenter.QuietHours;

/// <summary>
/// When texts may reach recipients under one rule: a window per day of the week, or none for a day the rule closes.
/// </summary>
/// <param name="State">Two-letter state the rule is for; null for the default rule.</param>
/// <param name="WindowsByDay">Seven entries indexed by <see cref="DayOfWeek"/>; null closes that day.</param>
/// <param name="Source">The law or regulation the rule comes from.</param>
public sealed record QuietHoursRule(string? State, IReadOnlyList<DailyWindow?> WindowsByDay, string Source)
{
    public static QuietHoursRule EveryDay(string? state, TimeOnly start, TimeOnly end, string source) =>
        new(state, Enumerable.Repeat<DailyWindow?>(new DailyWindow(start, end), 7).ToArray(), source);

    public DailyWindow? WindowOn(DayOfWeek day) => WindowsByDay[(int)day];

    /// <summary>This rule tightened by another, day by day: a state rule never allows more than the default.</summary>
    public QuietHoursRule TightenedBy(QuietHoursRule other) =>
        this with
        {
            WindowsByDay = Enumerable.Range(0, 7)
                .Select(day => WindowsByDay[day] is { } mine && other.WindowsByDay[day] is { } theirs ? mine.Intersect(theirs) : null)
                .ToArray(),
        };
}
