using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// Who a blast would reach, counted in SQL over <see cref="AudienceQuery"/>: the contacts named, and those left out by
/// reason, in the order a start decides them — an invalid number first, then an opted-out number (STOP on the
/// suppression list or any live contact with that number opted out, as <c>ConsentRecorder.IsOptedOutAsync</c> says),
/// then a phone another contact in the audience already has.
/// </summary>
public static class AudienceCount
{
    /// <param name="Recipients">Texts that would be sent: one per distinct deliverable phone.</param>
    public sealed record Result(int Contacts, int OptedOut, int Invalid, int Duplicate, int Recipients, string? Error)
    {
        public int Suppressed => OptedOut + Invalid + Duplicate;
    }

    public static async Task<Result> ForAsync(CrmDbContext db, BlastAudience audience, CancellationToken cancellationToken = default)
    {
        var query = await AudienceQuery.ForAsync(db, audience, cancellationToken);
        if (query.Contacts is not { } contacts) return new Result(0, 0, 0, 0, 0, query.Error);

        var total = await contacts.CountAsync(cancellationToken);
        var invalid = await contacts.Where(InvalidPhone).CountAsync(cancellationToken);
        var optedOut = await OptedOut(db, contacts.Where(ValidPhone)).CountAsync(cancellationToken);
        var deliverable = Deliverable(db, contacts);
        var phones = await deliverable.Select(c => c.Phone).Distinct().CountAsync(cancellationToken);
        var deliverableRows = total - invalid - optedOut;
        return new Result(total, optedOut, invalid, deliverableRows - phones, phones, null);
    }

    /// <summary>The audience's contacts that may be texted (duplicates of a phone still included).</summary>
    public static IQueryable<Contact> Deliverable(CrmDbContext db, IQueryable<Contact> contacts)
    {
        return contacts.Where(ValidPhone).Where(c => !db.PhoneOptOuts.Any(o => o.Phone == c.Phone)
            && !db.Contacts.Any(o => o.Phone == c.Phone && o.DeletedAt == null && o.Consent == ConsentStatus.OptedOut));
    }

    private static IQueryable<Contact> OptedOut(CrmDbContext db, IQueryable<Contact> valid) =>
        valid.Where(c => db.PhoneOptOuts.Any(o => o.Phone == c.Phone)
            || db.Contacts.Any(o => o.Phone == c.Phone && o.DeletedAt == null && o.Consent == ConsentStatus.OptedOut));

    // "+1" and ten digits: the only shape PhoneNumberNormalizer gives a saved contact, and the only one the company's
    // US numbers text; anything else was written around the checks (an old import, a hand-edited row).
    public const string TextablePhonePattern = "+1[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]";

    private static readonly System.Linq.Expressions.Expression<Func<Contact, bool>> InvalidPhone =
        c => !EF.Functions.Glob(c.Phone, TextablePhonePattern);

    private static readonly System.Linq.Expressions.Expression<Func<Contact, bool>> ValidPhone =
        c => EF.Functions.Glob(c.Phone, TextablePhonePattern);
}
