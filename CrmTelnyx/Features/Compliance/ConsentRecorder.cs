using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance;

/// <summary>
/// The one place a contact's consent changes: it sets the status, writes the history entry and keeps the
/// phone-number suppression list in step. The caller saves.
/// </summary>
public static class ConsentRecorder
{
    /// <returns>Why nothing changed, or null when the consent was set.</returns>
    public static async Task<string?> SetAsync(CrmDbContext db, Contact contact, ConsentStatus status, ConsentSource source,
        string detail, string actor, DateTime now, CancellationToken cancellationToken = default)
    {
        if (status != ConsentStatus.OptedOut && source != ConsentSource.SmsKeyword && await KeywordOptOutAsync(db, contact.Phone, cancellationToken) is { } stop)
            return $"This number texted STOP on {stop.At:yyyy-MM-dd}. Only the customer can opt back in, by texting START to your number.";
        Record(contact, status, source, detail, actor, now);
        await SetNumberAsync(db, contact.Phone, status, source, now, cancellationToken);
        return null;
    }

    /// <summary>The suppression list alone, for a number with no contact (or whose contact's status is already right).</summary>
    public static async Task SetNumberAsync(CrmDbContext db, string phone, ConsentStatus status, ConsentSource source, DateTime now,
        CancellationToken cancellationToken = default)
    {
        var optOut = await db.PhoneOptOuts.FindAsync([phone], cancellationToken);
        if (status == ConsentStatus.OptedOut && optOut is null)
            db.PhoneOptOuts.Add(new PhoneOptOut { Phone = phone, At = now, Source = source.ToString() });
        else if (status == ConsentStatus.OptedOut && source == ConsentSource.SmsKeyword)
        {
            // The customer's own STOP outranks an opt-out staff or an import recorded earlier: only START lifts it.
            optOut!.Source = source.ToString();
            optOut.At = now;
        }
        // The customer withdrew consent themselves; carriers expect only the customer (START) to give it back.
        else if (status != ConsentStatus.OptedOut && optOut is not null && (optOut.Source != nameof(ConsentSource.SmsKeyword) || source == ConsentSource.SmsKeyword))
            db.PhoneOptOuts.Remove(optOut);
    }

    /// <summary>Status and history only; for callers that maintain the suppression list in bulk (imports).</summary>
    public static void Record(Contact contact, ConsentStatus status, ConsentSource source, string detail, string actor, DateTime now)
    {
        contact.Consent = status;
        contact.UpdatedAt = now;
        contact.ConsentHistory.Add(new ConsentEvent { Status = status, Source = source, Detail = detail, Actor = actor, At = now });
    }

    /// <summary>The number's opt-out when the customer sent it by SMS keyword (STOP): only their START lifts it.</summary>
    private static Task<PhoneOptOut?> KeywordOptOutAsync(CrmDbContext db, string phone, CancellationToken cancellationToken = default) =>
        db.PhoneOptOuts.FirstOrDefaultAsync(o => o.Phone == phone && o.Source == nameof(ConsentSource.SmsKeyword), cancellationToken);

    /// <summary>Whether a number must not be texted: it is on the suppression list, or its contact is opted out.</summary>
    public static async Task<bool> IsOptedOutAsync(CrmDbContext db, string phone, CancellationToken cancellationToken = default) =>
        await db.PhoneOptOuts.AnyAsync(o => o.Phone == phone, cancellationToken)
        || await db.Contacts.AnyAsync(c => c.Phone == phone && c.DeletedAt == null && c.Consent == ConsentStatus.OptedOut, cancellationToken);
}
