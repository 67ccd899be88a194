namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>What the person chose on the mapping step: a field per column, duplicates, consent.</summary>
public sealed class ImportChoices
{
    public List<string> Mapping { get; set; } = [];
    public DuplicateMode Duplicates { get; set; } = DuplicateMode.Skip;
    public bool Consent { get; set; }

    /// <summary>One known field per column; anything else (missing, unknown) is "don't import".</summary>
    public static List<string> MappingFor(IReadOnlyList<string?>? mapping, int columns) =>
        Enumerable.Range(0, columns)
            .Select(i => mapping is not null && i < mapping.Count && mapping[i] is { } field && ContactField.IsKnown(field) ? field : ContactField.Ignore)
            .ToList();

    /// <summary>Why a mapping cannot be imported, in words, or null when it can.</summary>
    /// <param name="columns">The file's columns, when the mapping comes from outside the page (checked against it).</param>
    public static string? Problem(IReadOnlyList<string?>? mapping, int? columns = null)
    {
        if (mapping is null || mapping.Count == 0) return "Choose which column holds the phone number.";
        if (columns is { } count && mapping.Count > count)
            return $"The choices are for {mapping.Count} columns but the file has {count}. Open the import again and choose for each column.";
        var unknown = mapping.Select((field, i) => (field, column: i + 1)).FirstOrDefault(c => c.field is not null && !ContactField.IsKnown(c.field));
        if (unknown.field is not null)
            return $"Column {unknown.column} is set to '{unknown.field}', which is not something a column can be imported as.";
        if (!mapping.Contains(ContactField.Phone)) return "Choose which column holds the phone number.";
        var twice = mapping.Where(f => f is not (null or ContactField.Ignore or ContactField.Custom)).GroupBy(f => f).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            return $"Two columns are imported as {ContactField.Label(twice.Key!)}: choose one.";
        return null;
    }
}
