using CrmTelnyx.Data;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// Someone else saved the contact after the form was loaded, changing fields this save would overwrite. Nothing was
/// saved; the person reloads <see cref="Theirs"/>, or keeps their own values by saving again at <see cref="Version"/>.
/// </summary>
/// <param name="Version">The version saved meanwhile: "keep mine" saves over it (and only it).</param>
/// <param name="Theirs">The contact as it is saved now, as the form shows it.</param>
/// <param name="Changes">Each field they changed to something other than what this form holds.</param>
/// <param name="ChangedBy">Who saved last, when known.</param>
/// <param name="ChangedAt">When they saved (UTC).</param>
public sealed record ContactConflict(long Version, ContactForm Theirs, IReadOnlyList<FieldChange> Changes, string? ChangedBy, DateTime ChangedAt)
{
    /// <summary>The fields this form would overwrite: changed since <paramref name="loaded"/> in theirs, and different in yours.</summary>
    public static IReadOnlyList<FieldChange> FieldsChanged(ContactForm loaded, ContactForm theirs, ContactForm yours)
    {
        var (before, now, mine) = (Canonical(loaded), Canonical(theirs), Canonical(yours));
        return Fields
            .Where(f => !f.Value(before).Equals(f.Value(now), f.Comparison) && !f.Value(now).Equals(f.Value(mine), f.Comparison))
            .Select(f => new FieldChange(f.Name, f.Label, f.Value(now), f.Value(mine)))
            .ToList();
    }

    private sealed record Field(string Name, string Label, Func<AsSaved, string> Value, StringComparison Comparison = StringComparison.Ordinal);

    private sealed record AsSaved(Contact Contact, IReadOnlyList<string> Tags);

    private static readonly Field[] Fields =
    [
        new(nameof(ContactForm.FirstName), "First name", c => c.Contact.FirstName),
        new(nameof(ContactForm.LastName), "Last name", c => c.Contact.LastName),
        new(nameof(ContactForm.Phone), "Phone", c => c.Contact.Phone),
        new(nameof(ContactForm.Email), "Email", c => c.Contact.Email ?? ""),
        new(nameof(ContactForm.Company), "Company", c => c.Contact.Company ?? ""),
        new(nameof(ContactForm.State), "State / province", c => c.Contact.State ?? ""),
        new(nameof(ContactForm.Tags), "Tags", c => string.Join(", ", c.Tags), StringComparison.OrdinalIgnoreCase),
        new(nameof(ContactForm.Notes), "Notes", c => c.Contact.Notes ?? ""),
        new(nameof(ContactForm.CustomFields), "Custom fields", c => string.Join("\n", c.Contact.CustomFields.Select(kv => $"{kv.Key} = {kv.Value}"))),
    ];

    /// <summary>The form as it would be saved (trimmed, number formatted, state as its code), so typing alone is no change.</summary>
    private static AsSaved Canonical(ContactForm form)
    {
        var contact = new Contact();
        var phone = PhoneNumberNormalizer.Normalize(form.Phone) is { IsValid: true, E164: { } e164 } ? PhoneNumberNormalizer.Format(e164) : form.Phone?.Trim() ?? "";
        var state = string.IsNullOrWhiteSpace(form.State) ? null : StateNames.ToCode(form.State) ?? form.State.Trim();
        form.ApplyTo(contact, phone, state);
        return new(contact, TagNames.Parse(string.Join(';', form.Tags)).Order(StringComparer.OrdinalIgnoreCase).ToList());
    }
}
