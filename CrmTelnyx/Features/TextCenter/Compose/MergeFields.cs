using CrmTelnyx.Features.Contacts;

namespace CrmTelnyx.Features.TextCenter.Compose;

/// <summary>The contact fields a text may name as merge fields, and a contact's values for them.</summary>
public static class MergeFields
{
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string Company = "company";
    public const string State = "state";

    public static IReadOnlyList<string> Names { get; } = [FirstName, LastName, Company, State];

    /// <summary>The field's canonical name whatever its case ("FirstName" → "firstName"); null for an unknown field.</summary>
    public static string? Canonical(string written) => Names.FirstOrDefault(n => string.Equals(n, written, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyDictionary<string, string?> Of(Contact contact) => new Dictionary<string, string?>
    {
        [FirstName] = contact.FirstName,
        [LastName] = contact.LastName,
        [Company] = contact.Company,
        [State] = contact.State,
    };
}
