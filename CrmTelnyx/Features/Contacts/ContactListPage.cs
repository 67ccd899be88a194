using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>What the contact table shows for a filter: one keyset page, the match count and the tag names to offer.</summary>
public sealed record ContactListPage(ContactQuery Query, List<Contact> Rows, string? NextCursor, int Total, IReadOnlyList<string> KnownTags)
{
    public static async Task<ContactListPage> LoadAsync(ContactQuery query, CrmDbContext db, CancellationToken cancellationToken = default)
    {
        var (rows, next) = await query.PageAsync(db, cancellationToken);
        var total = await query.Filter(db).CountAsync(cancellationToken);
        var tags = await db.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);
        return new ContactListPage(query, rows, next, total, tags);
    }
}
