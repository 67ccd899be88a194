namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>What the person chose on the mapping step: a field per column, duplicates, consent.</summary>
public sealed class ImportChoices
{
    public List<string> Mapping { get; set; } = [];
    public DuplicateMode Duplicates { get; set; } = DuplicateMode.Skip;
    public bool Consent { get; set; }

    /// <summary>One known field per column; anything else (missing, unknown) is "don't import".</summary>
    public static List<string> MappingFor(IReadOnlyList<string> mapping, int columns) =>
        Enumerable.Range(0, columns).Select(i => i < mapping.Count && ContactField.IsKnown(mapping[i]) ? mapping[i] : ContactField.Ignore).ToList();

    public static string? Problem(IReadOnlyList<string> mapping)
    {
        if (!mapping.Contains(ContactField.Phone)) return "Choose which column holds the phone number.";
        var twice = mapping.Where(f => f is not (ContactField.Ignore or ContactField.Custom)).GroupBy(f => f).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            return $"Two columns are imported as {ContactField.Label(twice.Key)}: choose one.";
        return null;
    }
}
