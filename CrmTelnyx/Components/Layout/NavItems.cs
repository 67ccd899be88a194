using CrmTelnyx.Features.Users;
using MudBlazor;

namespace CrmTelnyx.Components.Layout;

/// <summary>The main navigation: one entry per part of the app, with the roles its page admits.</summary>
public static class NavItems
{
    /// <param name="SandboxOnly">Shown only while the app runs against the built-in sandbox.</param>
    public sealed record NavItem(string Title, string Href, string Icon, string Roles, bool SandboxOnly = false);

    public static readonly IReadOnlyList<NavItem> Main =
    [
        new("Text Center", "text-center", Icons.Material.Outlined.Sms, AppRoles.TextCenter),
        new("Calls", "calls", Icons.Material.Outlined.Call, AppRoles.Calls),
        new("Billing", "billing", Icons.Material.Outlined.ReceiptLong, AppRoles.Billing),
        new("Numbers", "numbers", Icons.Material.Outlined.Dialpad, AppRoles.Numbers),
        new("Contacts", "contacts", Icons.Material.Outlined.People, AppRoles.Contacts),
    ];

    public static readonly IReadOnlyList<NavItem> Admin =
    [
        new("Users", "users", Icons.Material.Outlined.ManageAccounts, AppRoles.AdminOnly),
        new("Settings", "settings", Icons.Material.Outlined.Settings, AppRoles.AdminOnly),
        new("Webhooks", "webhooks/events", Icons.Material.Outlined.Inbox, AppRoles.AdminOnly),
        new("Sandbox", "sandbox", Icons.Material.Outlined.Science, AppRoles.AdminOnly, SandboxOnly: true),
    ];
}
