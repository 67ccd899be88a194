using CrmTelnyx.Phones;
using CrmTelnyx.Validation;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>Turns one CSV row into a <see cref="ContactDraft"/>, or says in words why it cannot be imported.</summary>
public static class ContactRowMapper
{
    /// <summary>Room for a number written any usual way ("+1 (212) 555-0123 ext. 45"); longer is not a phone number.</summary>
    public const int PhoneCellMaxLength = 50;

    public static (ContactDraft? Draft, string? Error) Map(IReadOnlyList<string> headers, IReadOnlyList<string> mapping, IReadOnlyList<string> fields)
    {
        string Get(string field)
        {
            var index = IndexOf(mapping, field);
            return index >= 0 && index < fields.Count ? Unescape(fields[index].Trim()) : "";
        }

        var errors = new List<string>();
        var phoneIndex = IndexOf(mapping, ContactField.Phone);
        var phoneCell = Get(ContactField.Phone);
        var phone = PhoneNumberNormalizer.Normalize(phoneCell.Length > PhoneCellMaxLength ? "" : phoneCell);
        if (phoneIndex < 0) errors.Add("No column is imported as Phone.");
        else if (phoneCell.Length > PhoneCellMaxLength) errors.Add(LengthLimit.TooLong("Phone", phoneCell.Length, PhoneCellMaxLength));
        else if (!phone.IsValid) errors.Add($"Phone: {phone.Error}");

        var email = Get(ContactField.Email);
        if (email.Length > EmailAddressRule.MaxLength) errors.Add(LengthLimit.TooLong("Email", email.Length, EmailAddressRule.MaxLength));
        else if (EmailAddressRule.Error(email) is not null) errors.Add($"Email '{email}' is not an email address.");

        var state = Get(ContactField.State);
        string? stateCode = null;
        if (state.Length > 0 && (stateCode = StateNames.ToCode(state)) is null)
            errors.Add($"State '{Shorten(state)}' is not a US state or Canadian province.");

        var consentText = Get(ContactField.Consent);
        if (!TryConsentValue(consentText, out var consent))
            errors.Add($"Consent '{Shorten(consentText)}' should be yes or no.");

        var firstName = Get(ContactField.FirstName);
        var lastName = Get(ContactField.LastName);
        if (firstName.Length == 0 && lastName.Length == 0 && Get(ContactField.FullName) is { Length: > 0 } full)
        {
            var space = full.LastIndexOf(' ');
            (firstName, lastName) = space < 0 ? (full, "") : (full[..space].Trim(), full[(space + 1)..].Trim());
        }
        var company = Get(ContactField.Company);
        var notes = Get(ContactField.Notes);
        var tags = TagNames.Parse(Get(ContactField.Tags));
        CheckLength(errors, "First name", firstName, ContactFieldLimits.FirstName);
        CheckLength(errors, "Last name", lastName, ContactFieldLimits.LastName);
        CheckLength(errors, "Company", company, ContactFieldLimits.Company);
        CheckLength(errors, "Notes", notes, ContactFieldLimits.Notes);
        if (TagNames.Error(tags) is { } tagError) errors.Add($"Tags: {tagError}");

        var custom = new Dictionary<string, string>();
        for (var i = 0; i < mapping.Count && i < fields.Count; i++)
        {
            if (mapping[i] == ContactField.Custom && fields[i].Trim().Length > 0) custom[headers[i]] = Unescape(fields[i].Trim());
        }
        if (CustomFieldRules.Error(custom) is { } customError) errors.Add(customError);

        if (errors.Count > 0) return (null, string.Join(" ", errors));

        return (new ContactDraft(
            firstName,
            lastName,
            phone.E164!,
            NullIfEmpty(email),
            NullIfEmpty(company),
            stateCode ?? NanpAreaCodes.ForE164(phone.E164!)?.Region,
            NullIfEmpty(notes),
            tags,
            consent,
            custom), null);
    }

    /// <summary>The same limit the form and the database hold to: an over-long cell rejects the row, never shortened.</summary>
    private static void CheckLength(List<string> errors, string field, string value, int limit)
    {
        if (value.Length > limit) errors.Add(LengthLimit.TooLong(field, value.Length, limit));
    }

    /// <summary>A cell quoted in a reason stays short: the reason is stored and shown with the row.</summary>
    private static string Shorten(string cell) => cell.Length <= 40 ? cell : cell[..40] + "…";

    private static int IndexOf(IReadOnlyList<string> mapping, string field)
    {
        for (var i = 0; i < mapping.Count; i++) if (mapping[i] == field) return i;
        return -1;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>Undoes the apostrophe our own (Excel-safe) export puts before cells starting = + - @, so exports import back.</summary>
    private static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' ? cell[1..] : cell;

    /// <summary>yes/no in the usual spellings, and the export's own OptedIn/OptedOut/Unknown; empty or unknown means "not said".</summary>
    private static bool TryConsentValue(string text, out ConsentStatus? consent)
    {
        consent = new string(text.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant() switch
        {
            "yes" or "y" or "true" or "1" or "optedin" or "optin" or "subscribed" => ConsentStatus.OptedIn,
            "no" or "n" or "false" or "0" or "optedout" or "optout" or "unsubscribed" or "stop" => ConsentStatus.OptedOut,
            _ => null,
        };
        return consent is not null || text.Length == 0 || text.Trim().ToLowerInvariant() is "unknown" or "not recorded";
    }
}
