using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// Deletes a contact softly: it leaves lists and searches, while its messages and calls keep pointing at it and an
/// opt-out of its number stays on the suppression list.
/// </summary>
public sealed class DeleteContact(CrmDbContext db, TimeProvider time)
{
    /// <returns>The deleted contact's name, or null when it was already deleted (or never existed).</returns>
    public async Task<string?> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
        if (contact is null) return null;
        contact.DeletedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return contact.DisplayName;
    }
}
