namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>One CSV row as it will be imported: normalised and validated.</summary>
public sealed record ContactDraft(
    string FirstName,
    string LastName,
    string Phone,
    string? Email,
    string? Company,
    string? State,
    string? Notes,
    IReadOnlyList<string> Tags,
    ConsentStatus? Consent,
    IReadOnlyDictionary<string, string> CustomFields);
