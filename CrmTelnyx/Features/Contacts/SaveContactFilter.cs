using CrmTelnyx.Data;
using CrmTelnyx.Validation;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>Saves the contact list's filter under a name so a blast can be sent to it; a name in use is replaced.</summary>
public sealed class SaveContactFilter(CrmDbContext db, TimeProvider time)
{
    public const int NameLength = 100;

    public sealed record Result(SavedContactFilter? Filter, string? Error);

    public async Task<Result> SaveAsync(string name, ContactQuery query, string actor, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length == 0) return new(null, "Name the filter.");
        if (name.Length > NameLength) return new(null, $"Name: {LengthLimit.AtMost(NameLength)}");
        var normalized = query.Normalized() with { Sort = null };
        if (!normalized.IsFiltered) return new(null, "Filter the list first (a search, a tag, a state or consent): the whole list is “Everyone”.");

        var link = normalized.Link("");
        var filter = await db.SavedContactFilters.SingleOrDefaultAsync(f => f.Name == name, cancellationToken);
        if (filter is null)
        {
            filter = new SavedContactFilter { Name = name, Query = link, CreatedBy = actor, CreatedAt = time.GetUtcNow().UtcDateTime };
            db.SavedContactFilters.Add(filter);
        }
        else filter.Query = link;
        await db.SaveChangesAsync(cancellationToken);
        return new(filter, null);
    }
}
