namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>What the person chose on the mapping screen: a field per column, duplicates, consent.</summary>
public sealed class ImportChoices
{
    public string[] Mapping { get; set; } = [];
    public string? Duplicates { get; set; }
    public bool Consent { get; set; }

    public List<string> MappingFor(int columns) =>
        Enumerable.Range(0, columns).Select(i => i < Mapping.Length && ContactField.IsKnown(Mapping[i]) ? Mapping[i] : ContactField.Ignore).ToList();

    public static string? Problem(IReadOnlyList<string> mapping)
    {
        if (!mapping.Contains(ContactField.Phone)) return "Choose which column holds the phone number.";
        var twice = mapping.Where(f => f is not (ContactField.Ignore or ContactField.Custom)).GroupBy(f => f).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            return $"Two columns are imported as {ContactField.Choices.First(c => c.Field == twice.Key).Label}: choose one.";
        return null;
    }
}
