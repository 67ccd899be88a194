using System.Security.Claims;
using System.Text.RegularExpressions;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Live;

/// <summary>
/// Topics name what a page shows ("activity", "blast:42", "calls"). A topic's first segment decides who may
/// listen, so a page cannot subscribe to data its user's role may not see.
/// </summary>
public static partial class LiveTopics
{
    public const string Activity = "activity";
    public const string Contacts = "contacts";
    public const string Messages = "messages";

    public static string User(string userId) => $"user:{userId}";

    private static readonly Dictionary<string, string> RolesByPrefix = new()
    {
        [Activity] = AppRoles.Everyone,
        [Messages] = AppRoles.TextCenter,
        ["conversation"] = AppRoles.TextCenter,
        ["blast"] = AppRoles.TextCenter,
        ["blasts"] = AppRoles.Blasts,
        [Contacts] = AppRoles.Contacts,
        ["calls"] = AppRoles.Calls,
        ["billing"] = AppRoles.Billing,
        ["numbers"] = AppRoles.Numbers,
        ["admin"] = AppRoles.AdminOnly,
        ["tendlc"] = AppRoles.AdminOnly,
    };

    [GeneratedRegex("^[a-z][a-z0-9-]*(:[A-Za-z0-9._-]{1,80})?$")]
    private static partial Regex TopicPattern();

    public static bool MaySubscribe(ClaimsPrincipal user, string topic)
    {
        if (string.IsNullOrEmpty(topic) || topic.Length > 100 || !TopicPattern().IsMatch(topic)) return false;
        var prefix = topic.Split(':')[0];
        // A person's own topic carries notices meant for them alone; nobody listens to another user's.
        if (prefix == "user") return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && topic == User(userId);
        return RolesByPrefix.TryGetValue(prefix, out var roles) && roles.Split(',').Any(user.IsInRole);
    }
}
