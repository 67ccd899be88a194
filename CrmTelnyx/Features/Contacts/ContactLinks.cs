using Microsoft.AspNetCore.WebUtilities;

namespace CrmTelnyx.Features.Contacts;

public static class ContactLinks
{
    public static string List(ContactQuery query, string? after = null, string? message = null)
    {
        var values = query.ToQueryString(after).Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary();
        if (message is not null) values["message"] = message;
        return QueryHelpers.AddQueryString("/contacts", values);
    }

    public static string Export(ContactQuery query) =>
        QueryHelpers.AddQueryString("/contacts/export", query.ToQueryString().Where(kv => !string.IsNullOrEmpty(kv.Value) && kv.Key != "after").ToDictionary());

    public static string Fragment(ContactQuery query, string? after) =>
        QueryHelpers.AddQueryString("/contacts/list", query.ToQueryString(after).Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary());
}
