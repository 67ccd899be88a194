using System.Linq.Expressions;
using CrmTelnyx.Features.Contacts;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>Why a contact in a blast's audience gets no message.</summary>
public enum SuppressionReason
{
    None,
    /// <summary>No textable number: empty, or not a US/Canada E.164 number (+1 and ten digits).</summary>
    InvalidNumber,
    /// <summary>The contact's consent is opted out, or the number is on the suppression list (STOP).</summary>
    OptedOut,
    /// <summary>An earlier contact (lower id) in the audience has the same number.</summary>
    DuplicatePhone,
}

/// <summary>
/// The suppression rules a blast's start applies, in this order: invalid number, then opted out, then duplicate phone
/// (the contact with the lowest id keeps the number). The composer's count uses the same expressions in SQL, so the
/// count shown before sending is the count sent.
/// </summary>
public static class BlastSuppression
{
    /// <summary>Contacts are saved as E.164 by the normaliser (US/Canada only), so the shape is the whole check.</summary>
    public static readonly Expression<Func<Contact, bool>> HasTextableNumber =
        c => c.Phone.Length == 12 && c.Phone.StartsWith("+1");

    private static readonly Func<Contact, bool> Textable = HasTextableNumber.Compile();

    public static bool IsTextable(string? phone) => phone is not null && Textable(new Contact { Phone = phone });

    /// <summary>Opted out by the contact's consent or by the number's suppression-list entry (the check every send path makes).</summary>
    public static IQueryable<Contact> OptedOut(IQueryable<Contact> contacts, IQueryable<Compliance.PhoneOptOut> optOuts) =>
        contacts.Where(c => c.Consent == ConsentStatus.OptedOut || optOuts.Any(o => o.Phone == c.Phone));
}
