using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Validation;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance;

/// <summary>
/// Staff record a contact's consent, always with a reason. <see cref="ConsentRecorder"/>'s rule stands: a customer's
/// own STOP is lifted only by their START, never by staff.
/// </summary>
public sealed class RecordConsent(CrmDbContext db, TimeProvider time)
{
    public const string ReasonMissing = "Say why the consent changes (e.g. \"asked by phone to stop texts\").";

    /// <summary>Why this reason cannot be recorded (missing or too long), or null; the form shows it by the field.</summary>
    public static string? ReasonError(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? ReasonMissing
        : reason.Trim().Length > ConsentEvent.ReasonMaxLength ? LengthLimit.AtMost(ConsentEvent.ReasonMaxLength)
        : null;

    /// <param name="Refusal">Why nothing changed, in words for the person who tried; null when recorded.</param>
    public sealed record Result(string? Refusal)
    {
        public bool Recorded => Refusal is null;
    }

    public async Task<Result> RecordAsync(long contactId, ConsentStatus status, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        if (ReasonError(reason) is { } invalid) return new(invalid);
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId && c.DeletedAt == null, cancellationToken);
        if (contact is null) return new(SaveContact.ContactGone);
        var refusal = await ConsentRecorder.SetAsync(db, contact, status, ConsentSource.SetByStaff, reason!.Trim(), actor, time.GetUtcNow().UtcDateTime, cancellationToken);
        if (refusal is not null) return new(refusal);
        await db.SaveChangesAsync(cancellationToken);
        return new((string?)null);
    }
}
