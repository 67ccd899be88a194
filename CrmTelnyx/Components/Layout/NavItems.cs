using CrmTelnyx.Identity;
using MudBlazor;

namespace CrmTelnyx.Components.Layout;

/// <summary>The main navigation: one entry per part of the app, with the policy its page requires.</summary>
public static class NavItems
{
    /// <param name="SandboxOnly">Shown only while the app runs against the built-in sandbox.</param>
    public sealed record NavItem(string Title, string Href, string Icon, string Policy, bool SandboxOnly = false);

    public static readonly IReadOnlyList<NavItem> Main =
    [
        new("Text Center", "text-center", Icons.Material.Outlined.Sms, AppPolicies.TextCenter),
        new("Calls", "calls", Icons.Material.Outlined.Call, AppPolicies.Calls),
        new("Billing", "billing", Icons.Material.Outlined.ReceiptLong, AppPolicies.Billing),
        new("Numbers", "numbers", Icons.Material.Outlined.Dialpad, AppPolicies.Numbers),
        new("Contacts", "contacts", Icons.Material.Outlined.People, AppPolicies.Contacts),
    ];

    public static readonly IReadOnlyList<NavItem> Admin =
    [
        new("Users", "users", Icons.Material.Outlined.ManageAccounts, AppPolicies.AdminOnly),
        new("Settings", "settings", Icons.Material.Outlined.Settings, AppPolicies.AdminOnly),
        new("10DLC", "10dlc", Icons.Material.Outlined.VerifiedUser, AppPolicies.AdminOnly),
        new("Webhooks", "webhooks/events", Icons.Material.Outlined.Inbox, AppPolicies.AdminOnly),
        new("Sandbox", "sandbox", Icons.Material.Outlined.Science, AppPolicies.AdminOnly, SandboxOnly: true),
    ];
}
