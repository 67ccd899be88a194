namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>What a CSV column can be imported as. "" means the column is ignored.</summary>
public static class ContactField
{
    public const string Ignore = "";
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string FullName = "full_name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Company = "company";
    public const string State = "state";
    public const string Tags = "tags";
    public const string Notes = "notes";
    public const string Consent = "consent";
    public const string Custom = "custom";

    public static readonly IReadOnlyList<(string Field, string Label)> Choices =
    [
        (Ignore, "Don't import"),
        (FirstName, "First name"),
        (LastName, "Last name"),
        (FullName, "Full name (split into first and last)"),
        (Phone, "Phone"),
        (Email, "Email"),
        (Company, "Company"),
        (State, "State / province"),
        (Tags, "Tags (separated by ; or |)"),
        (Notes, "Notes"),
        (Consent, "SMS consent (yes / no)"),
        (Custom, "Custom field (named after the column)"),
    ];

    public static bool IsKnown(string field) => Choices.Any(c => c.Field == field);

    public static string Label(string field) => Choices.FirstOrDefault(c => c.Field == field).Label ?? field;
}
