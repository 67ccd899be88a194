using CrmTelnyx.Data;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Someone else saved the number health settings after this form was loaded. Nothing was saved; the person reloads
/// <see cref="Theirs"/>, or saves their own values again at <see cref="Version"/>.
/// </summary>
/// <param name="Changes">Each setting they changed to something other than this form holds, in words.</param>
public sealed record NumberHealthSettingsConflict(long Version, NumberHealthSettingsForm Theirs, IReadOnlyList<FieldChange> Changes, string? ChangedBy, DateTime? ChangedAt)
{
    /// <param name="loaded">The form as it was loaded, so only what they changed counts; without it, every setting that differs.</param>
    public static NumberHealthSettingsConflict Between(NumberHealthSettings saved, NumberHealthSettingsForm yours, NumberHealthSettingsForm? loaded = null)
    {
        var theirs = NumberHealthSettingsForm.From(saved);
        var changes = Fields
            .Where(f => loaded is null || f.Value(loaded) != f.Value(theirs))
            .Select(f => new FieldChange(f.Label, f.Label, f.Value(theirs), f.Value(yours)))
            .Where(c => c.Theirs != c.Yours)
            .ToList();
        return new(saved.Version, theirs, changes, saved.UpdatedBy, saved.UpdatedAt);
    }

    private static readonly (string Label, Func<NumberHealthSettingsForm, string> Value)[] Fields =
    [
        ("Minimum delivery rate", f => Percent(f.MinimumDeliveryRatePercent)),
        ("Maximum opt-out rate", f => Percent(f.MaximumOptOutRatePercent)),
        ("Minimum sample", f => f.MinimumSample is { } n ? $"{n} texts" : "empty"),
        ("Window", f => f.WindowDays is { } d ? $"{d} days" : "empty"),
        ("Pause flagged numbers", f => f.PauseFlaggedNumbers ? "on" : "off"),
    ];

    private static string Percent(decimal? value) => value is { } v ? NumberHealthRule.Percent(v) : "empty";
}
