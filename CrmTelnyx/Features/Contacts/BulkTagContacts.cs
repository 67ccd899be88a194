using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// Adds a tag to, or removes it from, every contact a filter matches. Each changed contact gets a new version, so a
/// contact page loaded before is told its tags changed rather than saving the old ones back.
/// </summary>
public sealed class BulkTagContacts(CrmDbContext db, TagResolver tags, ILiveNotifier live, TimeProvider time)
{
    public const string ChangedEvent = "contacts-tagged";

    /// <param name="actor">Who tags, named to someone whose save then meets the change.</param>
    public async Task<BulkTagResult> AddAsync(ContactQuery query, string? tagName, string? actor = null, CancellationToken cancellationToken = default)
    {
        if (TagNames.Parse(tagName).FirstOrDefault() is not { } name) return BulkTagResult.NoTagName;
        if (TagNames.Error(name) is { } invalid) return new BulkTagResult(false, 0, invalid);

        var tag = await tags.GetOrCreateAsync(name, cancellationToken);
        var ids = query.Filter(db).Select(c => c.Id);
        var without = ids.Where(id => !db.ContactTags.Any(ct => ct.ContactId == id && ct.TagId == tag.Id));
        // A contact already at the most tags it may have is left as it is (its form could not save more), and counted.
        var missing = await without.Where(id => db.ContactTags.Count(ct => ct.ContactId == id) < ContactFieldLimits.TagsPerContact).ToListAsync(cancellationToken);
        var full = await without.CountAsync(cancellationToken) - missing.Count;
        foreach (var chunk in missing.Chunk(5000))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.ContactTags.AddRange(chunk.Select(id => new ContactTag { ContactId = id, TagId = tag.Id }));
            await db.SaveChangesAsync(cancellationToken);
            await NewVersionAsync(db.Contacts.Where(c => EF.Parameter(chunk).Contains(c.Id)), actor, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        var skipped = full == 0 ? ""
            : $" {full} contact(s) already have {ContactFieldLimits.TagsPerContact} tags, the most a contact may have, and were left as they were.";
        return await DoneAsync(tag.Name, missing.Count, $"Tagged {missing.Count} contact(s) '{tag.Name}'.{skipped}");
    }

    public async Task<BulkTagResult> RemoveAsync(ContactQuery query, string? tagName, string? actor = null, CancellationToken cancellationToken = default)
    {
        if (TagNames.Parse(tagName).FirstOrDefault() is not { } name) return BulkTagResult.NoTagName;
        if (TagNames.Error(name) is { } invalid) return new BulkTagResult(false, 0, invalid);

        var tag = await tags.FindAsync(name, cancellationToken);
        var ids = query.Filter(db).Select(c => c.Id);
        var changed = 0;
        if (tag is not null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await NewVersionAsync(query.Filter(db).Where(c => c.Tags.Any(t => t.TagId == tag.Id)), actor, cancellationToken);
            changed = await db.ContactTags.Where(ct => ct.TagId == tag.Id && ids.Contains(ct.ContactId)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return await DoneAsync(tag?.Name ?? name, changed, $"Removed tag '{tag?.Name ?? name}' from {changed} contact(s).");
    }

    /// <summary>ExecuteUpdate bypasses VersionBump, so the versions go up here.</summary>
    private Task NewVersionAsync(IQueryable<Contact> changed, string? actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return changed.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Version, c => c.Version + 1).SetProperty(c => c.UpdatedAt, now).SetProperty(c => c.UpdatedBy, actor), cancellationToken);
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
