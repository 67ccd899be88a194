using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>Turns one CSV row into a <see cref="ContactDraft"/>, or says in words why it cannot be imported.</summary>
public static class ContactRowMapper
{
    private static readonly EmailAddressAttribute EmailCheck = new();

    public static (ContactDraft? Draft, string? Error) Map(IReadOnlyList<string> headers, IReadOnlyList<string> mapping, IReadOnlyList<string> fields)
    {
        string Get(string field)
        {
            var index = IndexOf(mapping, field);
            return index >= 0 && index < fields.Count ? Unescape(fields[index].Trim()) : "";
        }

        var errors = new List<string>();
        var phoneIndex = IndexOf(mapping, ContactField.Phone);
        var phone = PhoneNumberNormalizer.Normalize(Get(ContactField.Phone));
        if (phoneIndex < 0) errors.Add("No column is imported as Phone.");
        else if (!phone.IsValid) errors.Add($"Phone: {phone.Error}");

        var email = Get(ContactField.Email);
        if (email.Length > 0 && !EmailCheck.IsValid(email)) errors.Add($"Email '{email}' is not an email address.");

        var state = Get(ContactField.State);
        string? stateCode = null;
        if (state.Length > 0 && (stateCode = StateNames.ToCode(state)) is null)
            errors.Add($"State '{state}' is not a US state or Canadian province.");

        var consentText = Get(ContactField.Consent);
        if (!TryConsentValue(consentText, out var consent))
            errors.Add($"Consent '{consentText}' should be yes or no.");

        var firstName = Get(ContactField.FirstName);
        var lastName = Get(ContactField.LastName);
        if (firstName.Length == 0 && lastName.Length == 0 && Get(ContactField.FullName) is { Length: > 0 } full)
        {
            var space = full.LastIndexOf(' ');
            (firstName, lastName) = space < 0 ? (full, "") : (full[..space].Trim(), full[(space + 1)..].Trim());
        }
        if (firstName.Length > 100 || lastName.Length > 100) errors.Add("The name is longer than 100 characters.");

        if (errors.Count > 0) return (null, string.Join(" ", errors));

        var custom = new Dictionary<string, string>();
        for (var i = 0; i < mapping.Count && i < fields.Count; i++)
        {
            if (mapping[i] == ContactField.Custom && fields[i].Trim().Length > 0) custom[headers[i]] = Unescape(fields[i].Trim());
        }

        return (new ContactDraft(
            firstName,
            lastName,
            phone.E164!,
            NullIfEmpty(email),
            NullIfEmpty(Get(ContactField.Company)),
            stateCode ?? NanpAreaCodes.ForE164(phone.E164!)?.Region,
            NullIfEmpty(Get(ContactField.Notes)),
            TagNames.Parse(Get(ContactField.Tags)),
            consent,
            custom), null);
    }

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
