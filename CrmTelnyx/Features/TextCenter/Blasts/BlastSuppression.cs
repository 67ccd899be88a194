using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
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
public static partial class BlastSuppression
{
    /// <summary>
    /// "+1" and ten digits: the only shape the normaliser gives a saved contact (US/Canada) and the only one the company's
    /// numbers text; anything else was written around the checks (an old import, a hand-edited row). As a SQLite GLOB.
    /// </summary>
    public const string TextablePhonePattern = "+1[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]";

    [System.Text.RegularExpressions.GeneratedRegex(@"^\+1[0-9]{10}$")]
    private static partial System.Text.RegularExpressions.Regex TextablePhone();

    /// <summary>The same rule as <see cref="HasTextableNumber"/>, for a row already read.</summary>
    public static bool IsTextable(string? phone) => phone is not null && TextablePhone().IsMatch(phone);

    /// <summary>The rule in SQL (only for queries: EF translates it, it cannot run in memory).</summary>
    public static readonly Expression<Func<Contact, bool>> HasTextableNumber =
        c => EF.Functions.Glob(c.Phone, TextablePhonePattern);

    /// <summary>Opted out by the contact's consent or by the number's suppression-list entry (the check every send path makes).</summary>
    public static IQueryable<Contact> OptedOut(IQueryable<Contact> contacts, IQueryable<Compliance.PhoneOptOut> optOuts) =>
        contacts.Where(c => c.Consent == ConsentStatus.OptedOut || optOuts.Any(o => o.Phone == c.Phone));

    /// <summary>Textable and not opted out (several contacts may still share a phone).</summary>
    public static IQueryable<Contact> Deliverable(IQueryable<Contact> contacts, IQueryable<Compliance.PhoneOptOut> optOuts) =>
        contacts.Where(HasTextableNumber).Where(c => c.Consent != ConsentStatus.OptedOut && !optOuts.Any(o => o.Phone == c.Phone));
}
