using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// The contact form's fields as typed, and the rules each field is checked by: the page shows them by the field as
/// the person types, <see cref="SaveContact"/> checks them again before anything is stored.
/// </summary>
public sealed class ContactForm
{
    [StringLength(100, ErrorMessage = "At most 100 characters.")] public string? FirstName { get; set; }
    [StringLength(100, ErrorMessage = "At most 100 characters.")] public string? LastName { get; set; }
    [Required(ErrorMessage = PhoneMissing)] public string? Phone { get; set; }
    [StringLength(254, ErrorMessage = "At most 254 characters.")] public string? Email { get; set; }
    [StringLength(200, ErrorMessage = "At most 200 characters.")] public string? Company { get; set; }
    public string? State { get; set; }
    public List<string> Tags { get; set; } = [];
    [StringLength(4000, ErrorMessage = "At most 4,000 characters.")] public string? Notes { get; set; }
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

    /// <summary>Checked here, not by attribute: an empty email box is allowed.</summary>
    public static string? EmailError(string? email) =>
        !string.IsNullOrWhiteSpace(email) && !new EmailAddressAttribute().IsValid(email.Trim()) ? "Enter a valid email address." : null;

    public static string? StateError(string? state) =>
        !string.IsNullOrWhiteSpace(state) && StateNames.ToCode(state) is null ? $"'{state}' is not a US state or Canadian province." : null;

    /// <summary>Every rule of every field: the field's name and its message, empty when the form can be saved.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        var annotations = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), annotations, validateAllProperties: true);
        foreach (var result in annotations)
            foreach (var member in result.MemberNames)
                errors.TryAdd(member, result.ErrorMessage ?? "");
        if (PhoneError(Phone) is { } phone) errors.TryAdd(nameof(Phone), phone);
        if (EmailError(Email) is { } email) errors.TryAdd(nameof(Email), email);
        if (StateError(State) is { } state) errors.TryAdd(nameof(State), state);
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
        c.CustomFields = (CustomFields ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(kv => kv.Length == 2 && kv[0].Length > 0)
            .DistinctBy(kv => kv[0])
            .ToDictionary(kv => kv[0], kv => kv[1]);
    }
}
