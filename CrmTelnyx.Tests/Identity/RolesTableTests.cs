using System.Reflection;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Tests.Identity;

/// <summary>The README's roles table and the code's roles (AppRoles, through the named policies) say the same.</summary>
public sealed class RolesTableTests
{
    /// <summary>Each README row and the policy that guards that part of the app.</summary>
    public static readonly IReadOnlyDictionary<string, string> PolicyByPart = new Dictionary<string, string>
    {
        ["Start page (live activity)"] = AppPolicies.Everyone,
        ["Text Center: recent messages and conversations"] = AppPolicies.TextCenter,
        ["Text Center: texting a number typed in by hand"] = AppPolicies.TextAnyNumber,
        ["Text Center: blasts (compose, send, follow, export)"] = AppPolicies.Blasts,
        ["Contacts: list, contact page, import"] = AppPolicies.Contacts,
        ["Exports (contacts, call history, billing)"] = AppPolicies.Exports,
        ["Calls"] = AppPolicies.Calls,
        ["Billing"] = AppPolicies.Billing,
        ["Numbers"] = AppPolicies.Numbers,
        ["Users, Settings, Webhooks, Sandbox"] = AppPolicies.AdminOnly,
        ["10DLC registration"] = AppPolicies.AdminOnly,
    };

    /// <summary>What AppRoles says a policy admits (each policy admits the AppRoles combination of the same name).</summary>
    public static IReadOnlySet<string> RolesOf(string policy) =>
        ((string)typeof(AppRoles).GetField(policy, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Split(',').ToHashSet();

    [Fact]
    public void The_table_has_a_column_for_each_role_of_the_app()
    {
        Assert.Equal(AppRoles.All, ReadmeRolesTable.Load().Roles);
    }

    [Fact]
    public void Each_row_ticks_exactly_the_roles_its_policy_admits()
    {
        var table = ReadmeRolesTable.Load();

        Assert.Equal(PolicyByPart.Keys.Order(), table.RolesByPart.Keys.Order());
        foreach (var (part, roles) in table.RolesByPart)
            Assert.True(RolesOf(PolicyByPart[part]).SetEquals(roles),
                $"README row '{part}' ticks {string.Join(", ", roles)}; AppRoles.{PolicyByPart[part]} is {string.Join(", ", RolesOf(PolicyByPart[part]))}.");
    }

    [Fact]
    public void Every_policy_of_the_app_has_a_row_in_the_table()
    {
        var policies = typeof(AppPolicies).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!);

        Assert.Empty(policies.Except(PolicyByPart.Values));
    }
}
