namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// The editable fields of a number, each with its label and its value in words, so the audit trail ("Blasts: on → off")
/// and a conflict notice name a change the same way.
/// </summary>
public static class NumberFields
{
    public sealed record Field(string Name, string Label, Func<NumberEdits, string> Value, Func<string, string> InAudit)
    {
        /// <summary>The value as a conflict notice shows it: a state by its name ("Wisconsin (WI)"); "" for empty.</summary>
        public string Display(NumberEdits edits) => Value(edits) is { Length: > 0 } value && Name == nameof(NumberForm.State) ? NumberStates.Describe(value) : Value(edits);
    }

    public static IReadOnlyList<Field> All { get; } =
    [
        new(nameof(NumberForm.FriendlyName), "Friendly name", e => e.FriendlyName ?? "", v => $"'{v}'"),
        new(nameof(NumberForm.State), "State", e => e.State ?? "", v => v.Length == 0 ? "none" : v),
        new(nameof(NumberForm.BlastsEnabled), "Blasts", e => e.BlastsEnabled ? "on" : "off", v => v),
    ];

    /// <summary>"Friendly name: '' → 'Sales line'; Blasts: on → off"; empty when nothing changed.</summary>
    public static string Describe(NumberEdits before, NumberEdits after) => string.Join("; ", All
        .Where(f => f.Value(before) != f.Value(after))
        .Select(f => $"{f.Label}: {f.InAudit(f.Value(before))} → {f.InAudit(f.Value(after))}"));
}
