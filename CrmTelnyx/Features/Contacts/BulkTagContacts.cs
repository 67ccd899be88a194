using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>Adds a tag to, or removes it from, every contact a filter matches.</summary>
public sealed class BulkTagContacts(CrmDbContext db, TagResolver tags, ILiveNotifier live)
{
    public const string ChangedEvent = "contacts-tagged";

    public async Task<BulkTagResult> AddAsync(ContactQuery query, string? tagName, CancellationToken cancellationToken = default)
    {
        if (TagNames.Parse(tagName).FirstOrDefault() is not { } name) return BulkTagResult.NoTagName;
        if (TagNames.Error(name) is { } invalid) return new BulkTagResult(false, 0, invalid);

        var tag = await tags.GetOrCreateAsync(name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var ids = query.Filter(db).Select(c => c.Id);
        var missing = await ids.Where(id => !db.ContactTags.Any(ct => ct.ContactId == id && ct.TagId == tag.Id)).ToListAsync(cancellationToken);
        foreach (var chunk in missing.Chunk(5000))
        {
            db.ContactTags.AddRange(chunk.Select(id => new ContactTag { ContactId = id, TagId = tag.Id }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return await DoneAsync(tag.Name, missing.Count, $"Tagged {missing.Count} contact(s) '{tag.Name}'.");
    }

    public async Task<BulkTagResult> RemoveAsync(ContactQuery query, string? tagName, CancellationToken cancellationToken = default)
    {
        if (TagNames.Parse(tagName).FirstOrDefault() is not { } name) return BulkTagResult.NoTagName;
        if (TagNames.Error(name) is { } invalid) return new BulkTagResult(false, 0, invalid);

        var tag = await tags.FindAsync(name, cancellationToken);
        var ids = query.Filter(db).Select(c => c.Id);
        var changed = tag is null ? 0 : await db.ContactTags.Where(ct => ct.TagId == tag.Id && ids.Contains(ct.ContactId)).ExecuteDeleteAsync(cancellationToken);
        return await DoneAsync(tag?.Name ?? name, changed, $"Removed tag '{tag?.Name ?? name}' from {changed} contact(s).");
    }

    private async Task<BulkTagResult> DoneAsync(string tag, int changed, string message)
    {
        // Other open contact lists refresh (coalesced); this one reloads itself.
        if (changed > 0) await live.PublishAsync(LiveTopics.Contacts, ChangedEvent, new ContactsTagged(tag, changed));
        return new BulkTagResult(true, changed, message);
    }
}

public sealed record BulkTagResult(bool Succeeded, int Changed, string Message)
{
    public static BulkTagResult NoTagName { get; } = new(false, 0, "Type the name of a tag.");
}

/// <summary>Published to <see cref="LiveTopics.Contacts"/> when a bulk action changed contacts.</summary>
public sealed record ContactsTagged(string Tag, int Changed);

/// <summary>What the bulk-tag dialog collected: the tag, and whether to remove it rather than add it.</summary>
public sealed record BulkTagChoice(string Tag, bool Remove);
