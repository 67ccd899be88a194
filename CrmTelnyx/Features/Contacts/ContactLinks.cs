using Microsoft.AspNetCore.WebUtilities;

namespace CrmTelnyx.Features.Contacts;

/// <summary>Addresses that carry the contact list's filter, so every action acts on the filter shown.</summary>
public static class ContactLinks
{
    public static string List(ContactQuery query, string? after = null, string? message = null)
    {
        var values = Filter(query, after);
        if (message is not null) values["message"] = message;
        return QueryHelpers.AddQueryString("/contacts", values);
    }

    public static string Export(ContactQuery query) => QueryHelpers.AddQueryString("/contacts/export", Filter(query));

    public static string BulkTag(ContactQuery query) => QueryHelpers.AddQueryString("/contacts/bulk-tag", Filter(query));

    public static string Fragment(ContactQuery query, string? after) => QueryHelpers.AddQueryString("/contacts/list", Filter(query, after));

    private static Dictionary<string, string?> Filter(ContactQuery query, string? after = null) =>
        query.ToQueryString(after).Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary();
}
