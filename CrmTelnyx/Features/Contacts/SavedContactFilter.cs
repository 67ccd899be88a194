namespace CrmTelnyx.Features.Contacts;

/// <summary>A contact-list filter saved under a name, so a blast can be sent to it ("NY customers with the VIP tag").</summary>
public sealed class SavedContactFilter
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The filter as the contact list's query string (<see cref="ContactQuery.Link"/>), e.g. "?tag=VIP&amp;state=NY".</summary>
    public required string Query { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The saved filter as the contact list applies it.</summary>
    public ContactQuery ToContactQuery()
    {
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        return new ContactQuery(Get("q"), Get("tag"), Get("state"), Get("consent")).Normalized();
    }
}
