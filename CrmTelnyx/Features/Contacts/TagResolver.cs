using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// Finds tags by name (case-insensitive), creating missing ones; remembers them for the rest of the unit of work.
/// Creating is insert-or-get in one statement, so two saves adding the same new tag at once both get the one row.
/// </summary>
public sealed class TagResolver(CrmDbContext db)
{
    private readonly Dictionary<string, Tag> byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tag, tracked by the context, with its id: a missing one is inserted at once (in the caller's transaction, if any).</summary>
    public async Task<Tag> GetOrCreateAsync(string name, CancellationToken cancellationToken = default)
    {
        // A tag the context no longer tracks (the import clears it between batches) is read again.
        if (byName.TryGetValue(name, out var tag) && db.Entry(tag).State != EntityState.Detached) return tag;
        // A check-then-insert loses the race to another save between the two; the unique NOCASE index decides instead.
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Tags" ("Name") VALUES ({name}) ON CONFLICT ("Name") DO NOTHING""", cancellationToken);
        tag = await db.Tags.SingleAsync(t => t.Name == name, cancellationToken);
        byName[name] = tag;
        return tag;
    }

    public async Task<Tag?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        await db.Tags.FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
}
