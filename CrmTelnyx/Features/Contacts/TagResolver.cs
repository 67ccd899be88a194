using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>Finds tags by name (case-insensitive), creating missing ones; remembers them for the rest of the unit of work.</summary>
public sealed class TagResolver(CrmDbContext db)
{
    private Dictionary<string, Tag>? byName;

    public async Task<Tag> GetOrCreateAsync(string name, CancellationToken cancellationToken = default)
    {
        byName ??= await db.Tags.ToDictionaryAsync(t => t.Name, StringComparer.OrdinalIgnoreCase, cancellationToken);
        if (byName.TryGetValue(name, out var tag)) return tag;
        tag = new Tag { Name = name };
        db.Tags.Add(tag);
        byName[name] = tag;
        return tag;
    }

    public async Task<Tag?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        await db.Tags.FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
}
