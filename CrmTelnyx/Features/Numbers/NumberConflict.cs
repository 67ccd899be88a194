using CrmTelnyx.Data;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Someone else edited the number after the form was loaded, changing fields this save would overwrite. Nothing was
/// saved; the person reloads <see cref="Theirs"/>, or keeps their own values by saving again at <see cref="Version"/>.
/// A sync or a health check changes none of these fields, so it never causes one.
/// </summary>
/// <param name="Version">The version saved meanwhile: "save mine" saves over it (and only it).</param>
/// <param name="Theirs">The number as it is saved now, as the form shows it.</param>
/// <param name="Changes">Each field they changed to something other than what this form holds.</param>
/// <param name="ChangedBy">Who edited last, when known.</param>
/// <param name="ChangedAt">When they edited (UTC).</param>
public sealed record NumberConflict(long Version, NumberForm Theirs, IReadOnlyList<FieldChange> Changes, string? ChangedBy, DateTime ChangedAt)
{
    /// <summary>The fields this form would overwrite: changed since <paramref name="loaded"/> in theirs, and different in yours.</summary>
    public static IReadOnlyList<FieldChange> FieldsChanged(NumberEdits loaded, NumberEdits theirs, NumberEdits yours) => NumberFields.All
        .Where(f => f.Value(loaded) != f.Value(theirs) && f.Value(theirs) != f.Value(yours))
        .Select(f => new FieldChange(f.Name, f.Label, f.Display(theirs), f.Display(yours)))
        .ToList();
}
