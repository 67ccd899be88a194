using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// The contacts a <see cref="BlastAudience"/> names, before suppression: the one query the composer counts and the
/// blast's start materialises, so the count shown is the count sent.
/// </summary>
public static class AudienceQuery
{
    public sealed record Result(IQueryable<Contact>? Contacts, string? Error);

    public static async Task<Result> ForAsync(CrmDbContext db, BlastAudience audience, CancellationToken cancellationToken = default)
    {
        var contacts = db.Contacts.Where(c => c.DeletedAt == null);
        if (audience.SavedFilterId is { } filterId)
        {
            var saved = await db.SavedContactFilters.AsNoTracking().SingleOrDefaultAsync(f => f.Id == filterId, cancellationToken);
            if (saved is null) return new(null, "The saved filter this audience uses no longer exists; choose another.");
            contacts = saved.ToContactQuery().Filter(db);
        }
        if (audience.ContactIds.Count > 0)
        {
            var ids = audience.ContactIds.ToList();
            contacts = contacts.Where(c => ids.Contains(c.Id));
        }
        if (audience.Tags.Count > 0)
        {
            var tags = audience.Tags.ToList();
            contacts = contacts.Where(c => c.Tags.Any(t => tags.Contains(t.Tag.Name)));
        }
        if (audience.States.Count > 0)
        {
            var states = audience.States.Select(s => s.ToUpperInvariant()).ToList();
            contacts = contacts.Where(c => c.State != null && states.Contains(c.State));
        }
        if (audience.Consent is { } consent) contacts = contacts.Where(c => c.Consent == consent);
        return new(contacts, null);
    }
}
