using System.Net;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

public sealed class ChangeUserRolesTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task An_admin_changes_roles_and_the_new_role_applies()
    {
        var mover = await app.CreateUserAsync("mover@crm.test", "Mover-Passw0rd1", "Staff");

        var changed = await app.ChangeRolesAsync(mover.Id, "Manager");

        Assert.True(changed.Succeeded);
        var roles = await app.WithUsersAsync(async u => await u.GetRolesAsync((await u.FindByEmailAsync("mover@crm.test"))!));
        Assert.Equal(["Manager"], roles);
        var client = await app.CreateBrowserLikeClient().SignedInAsync("mover@crm.test", "Mover-Passw0rd1");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/billing")).StatusCode);
    }

    [Fact]
    public async Task A_user_must_keep_at_least_one_role()
    {
        var user = await app.CreateUserAsync("roleless@crm.test", "Roleless-Passw0rd1", "Staff");

        var changed = await app.ChangeRolesAsync(user.Id, "Owner");

        Assert.Equal(["Choose at least one role."], changed.Errors);
        Assert.Equal(["Staff"], await app.WithUsersAsync(u => u.GetRolesAsync(user)));
    }
}

/// <summary>Its own app, where the configured admin is the only one.</summary>
public sealed class OnlyAdminTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task The_only_admin_cannot_disable_themselves_or_drop_the_admin_role()
    {
        var adminId = await app.UserIdAsync(CrmAppFactory.AdminEmail);

        var disable = await app.DisableUserAsync(adminId);
        var demote = await app.ChangeRolesAsync(adminId, "Staff");

        Assert.Contains("only enabled admin", Assert.Single(disable.Errors));
        Assert.Contains("only enabled admin", Assert.Single(demote.Errors));
        var admins = await app.WithUsersAsync(u => u.GetUsersInRoleAsync("Admin"));
        Assert.Contains(admins, a => a.Email == CrmAppFactory.AdminEmail && !a.IsDisabled);
    }
}
