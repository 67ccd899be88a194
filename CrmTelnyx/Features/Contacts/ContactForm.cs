using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Phones;
using CrmTelnyx.Validation;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// The contact form's fields as typed, and the rules each field is checked by: the page shows them by the field as
/// the person types, <see cref="SaveContact"/> checks them again before anything is stored.
/// </summary>
public sealed class ContactForm
{
    [StringLength(ContactFieldLimits.FirstName, ErrorMessage = LengthLimit.AtMostFormat)] public string? FirstName { get; set; }
    [StringLength(ContactFieldLimits.LastName, ErrorMessage = LengthLimit.AtMostFormat)] public string? LastName { get; set; }
    [Required(ErrorMessage = PhoneMissing)] public string? Phone { get; set; }
    [EmailAddressRule] public string? Email { get; set; }
    [StringLength(ContactFieldLimits.Company, ErrorMessage = LengthLimit.AtMostFormat)] public string? Company { get; set; }
    public string? State { get; set; }
    public List<string> Tags { get; set; } = [];
    [StringLength(ContactFieldLimits.Notes, ErrorMessage = LengthLimit.AtMostFormat)] public string? Notes { get; set; }
    /// <summary>One per line: name = value. Lines without a name are left out.</summary>
    public string? CustomFields { get; set; }
    /// <summary>The contact's version when the form was loaded: saving over a newer one is a conflict (<see cref="ContactConflict"/>).</summary>
    public long Version { get; set; }

    public const string PhoneMissing = "Enter a phone number.";

    public static ContactForm From(Contact c) => new()
    {
        FirstName = c.FirstName, LastName = c.LastName, Phone = PhoneNumberNormalizer.Format(c.Phone), Email = c.Email, Company = c.Company, State = c.State,
        Tags = c.Tags.Select(t => t.Tag.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(), Notes = c.Notes,
        CustomFields = string.Join("\n", c.CustomFields.Select(kv => $"{kv.Key} = {kv.Value}")),
        Version = c.Version,
    };

    /// <summary>Why the phone cannot be saved, in PhoneNumberNormalizer's words; null when it can.</summary>
    public static string? PhoneError(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? PhoneMissing : PhoneNumberNormalizer.Normalize(phone).Error;

    /// <summary>The one e-mail rule; an empty email box is allowed.</summary>
    public static string? EmailError(string? email) => EmailAddressRule.Error(email);

    public static string? TagsError(IReadOnlyCollection<string> tags) => TagNames.Error(tags);

    /// <summary>Why the custom fields cannot be saved (a name or value too long, too many), or null.</summary>
    public static string? CustomFieldsError(string? text) => CustomFieldRules.Error(ParseCustomFields(text));

    public static string? StateError(string? state) =>
        !string.IsNullOrWhiteSpace(state) && StateNames.ToCode(state) is null ? $"'{state}' is not a US state or Canadian province." : null;

    /// <summary>Every rule of every field: the field's name and its message, empty when the form can be saved.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = AnnotationErrors.Of(this);
        if (PhoneError(Phone) is { } phone) errors.TryAdd(nameof(Phone), phone);
        if (EmailError(Email) is { } email) errors.TryAdd(nameof(Email), email);
        if (StateError(State) is { } state) errors.TryAdd(nameof(State), state);
        if (TagsError(TagNames.Parse(string.Join(';', Tags))) is { } tags) errors.TryAdd(nameof(Tags), tags);
        if (CustomFieldsError(CustomFields) is { } custom) errors.TryAdd(nameof(CustomFields), custom);
        return errors;
    }

    /// <param name="state">The two-letter code: the one typed, or the area code's.</param>
    public void ApplyTo(Contact c, string phone, string? state)
    {
        c.FirstName = FirstName?.Trim() ?? "";
        c.LastName = LastName?.Trim() ?? "";
        c.Phone = phone;
        c.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        c.Company = string.IsNullOrWhiteSpace(Company) ? null : Company.Trim();
        c.State = state;
        c.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        c.CustomFields = ParseCustomFields(CustomFields);
    }

    private static Dictionary<string, string> ParseCustomFields(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(kv => kv.Length == 2 && kv[0].Length > 0)
            .DistinctBy(kv => kv[0])
            .ToDictionary(kv => kv[0], kv => kv[1]);
}
