using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// Who a blast would reach, counted in SQL over <see cref="AudienceQuery"/>: the contacts named, and those left out by
/// reason, in the order a start decides them — an invalid number first, then an opted-out number (STOP on the
/// suppression list, or the contact's consent, as <see cref="BlastSuppression"/> decides for a start),
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
        var valid = contacts.Where(BlastSuppression.HasTextableNumber);
        var invalid = total - await valid.CountAsync(cancellationToken);
        var optedOut = await BlastSuppression.OptedOut(valid, db.PhoneOptOuts).CountAsync(cancellationToken);
        var phones = await Deliverable(db, contacts).Select(c => c.Phone).Distinct().CountAsync(cancellationToken);
        var deliverableRows = total - invalid - optedOut;
        return new Result(total, optedOut, invalid, deliverableRows - phones, phones, null);
    }

    /// <summary>The audience's contacts that may be texted (duplicates of a phone still included): <see cref="BlastSuppression"/>'s rules, as a start applies them.</summary>
    public static IQueryable<Contact> Deliverable(CrmDbContext db, IQueryable<Contact> contacts) =>
        BlastSuppression.Deliverable(contacts, db.PhoneOptOuts);
}
