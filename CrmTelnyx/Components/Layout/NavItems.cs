using CrmTelnyx.Features.Users;

namespace CrmTelnyx.Components.Layout;

/// <summary>The main navigation: one entry per part of the app, with the roles its page admits.</summary>
public static class NavItems
{
    /// <param name="SandboxOnly">Shown only while the app runs against the built-in sandbox.</param>
    public sealed record NavItem(string Title, string Href, string Icon, string Roles, bool SandboxOnly = false);

    public static readonly IReadOnlyList<NavItem> Main =
    [
        new("Text Center", "text-center", "bi-chat-dots", AppRoles.TextCenter),
        new("Calls", "calls", "bi-telephone", AppRoles.Calls),
        new("Billing", "billing", "bi-receipt", AppRoles.Billing),
        new("Numbers", "numbers", "bi-hash", AppRoles.Numbers),
        new("Contacts", "contacts", "bi-people", AppRoles.Contacts),
    ];

    public static readonly IReadOnlyList<NavItem> Admin =
    [
        new("Users", "users", "bi-person-gear", AppRoles.AdminOnly),
        new("Settings", "settings", "bi-gear", AppRoles.AdminOnly),
        new("Webhooks", "webhooks/events", "bi-inbox", AppRoles.AdminOnly),
        new("Sandbox", "sandbox", "bi-cone-striped", AppRoles.AdminOnly, SandboxOnly: true),
    ];
}
