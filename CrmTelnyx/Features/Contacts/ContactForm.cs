using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Phones;


namespace CrmTelnyx.Features.Contacts;

/// <summary>The contact form's fields as typed; phone and state are checked against the NANP data on save.</summary>
public sealed class ContactForm
{
    [StringLength(100)] public string? FirstName { get; set; }
    [StringLength(100)] public string? LastName { get; set; }
    [Required(ErrorMessage = "Enter a phone number.")] public string? Phone { get; set; }
    [StringLength(254)] public string? Email { get; set; }
    [StringLength(200)] public string? Company { get; set; }
    public string? State { get; set; }
    public string? Tags { get; set; }
    [StringLength(4000)] public string? Notes { get; set; }
    public string? CustomFields { get; set; }

    public static ContactForm From(Contact c) => new()
    {
        FirstName = c.FirstName, LastName = c.LastName, Phone = PhoneNumberNormalizer.Format(c.Phone), Email = c.Email, Company = c.Company, State = c.State,
        Tags = string.Join("; ", c.Tags.Select(t => t.Tag.Name).Order()), Notes = c.Notes,
        CustomFields = string.Join("\n", c.CustomFields.Select(kv => $"{kv.Key} = {kv.Value}")),
    };

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
