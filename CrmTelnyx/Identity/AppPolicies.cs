using Microsoft.AspNetCore.Authorization;

namespace CrmTelnyx.Identity;

/// <summary>
/// Named authorization policies, one per part of the app, used alike by pages ([Authorize(Policy = …)]), endpoint
/// groups (RequireAuthorization(…)) and the navigation (AuthorizeView Policy=…). Each admits the roles
/// <see cref="AppRoles"/> lists for that part.
/// </summary>
public static class AppPolicies
{
    public const string Everyone = nameof(Everyone);
    public const string TextCenter = nameof(TextCenter);
    public const string TextAnyNumber = nameof(TextAnyNumber);
    public const string Blasts = nameof(Blasts);
    public const string Contacts = nameof(Contacts);
    public const string Calls = nameof(Calls);
    public const string Billing = nameof(Billing);
    public const string Exports = nameof(Exports);
    public const string Numbers = nameof(Numbers);
    public const string AdminOnly = nameof(AdminOnly);

    private static readonly Dictionary<string, string> RolesByPolicy = new()
    {
        [Everyone] = AppRoles.Everyone,
        [TextCenter] = AppRoles.TextCenter,
        [TextAnyNumber] = AppRoles.TextAnyNumber,
        [Blasts] = AppRoles.Blasts,
        [Contacts] = AppRoles.Contacts,
        [Calls] = AppRoles.Calls,
        [Billing] = AppRoles.Billing,
        [Exports] = AppRoles.Exports,
        [Numbers] = AppRoles.Numbers,
        [AdminOnly] = AppRoles.AdminOnly,
    };

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesByPolicy)
            options.AddPolicy(policy, p => p.RequireRole(roles.Split(',')));
    }
}
