using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

/// <summary>Two admins have one user's page open; the first acts. The second, acting on what their page shows, is told.</summary>
public sealed class StaleUserPageTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    /// <summary>The user as the user page loads them.</summary>
    private Task<UserAsSeen> OpenPageAsync(string userId) => app.WithUsersAsync(async users =>
    {
        var user = (await users.FindByIdAsync(userId))!;
        var roles = (await users.GetRolesAsync(user)).ToHashSet();
        return new UserAsSeen(user.ConcurrencyStamp, user.SecurityStamp, roles, user.IsDisabled);
    });

    private Task<IList<string>> RolesAsync(string userId) => app.WithUsersAsync(async u => await u.GetRolesAsync((await u.FindByIdAsync(userId))!));

    [Fact]
    public async Task Roles_saved_from_a_stale_page_are_refused_with_the_roles_someone_else_gave()
    {
        var user = await app.CreateUserAsync("promoted@crm.test", "Promoted-Passw0rd1", AppRoles.Staff);
        var first = await OpenPageAsync(user.Id);
        var second = await OpenPageAsync(user.Id);
        Assert.True((await app.RunAsync<ChangeUserRoles, UserChangeResult>(u => u.ChangeAsync(user.Id, [AppRoles.Manager], first))).Succeeded);

        var stale = await app.RunAsync<ChangeUserRoles, UserChangeResult>(u => u.ChangeAsync(user.Id, [AppRoles.Staff, AppRoles.Agent], second));

        Assert.True(stale.ChangedMeanwhile);
        Assert.Equal(
            "Someone else changed this user after you opened the page: their roles are now Manager (you saw Staff). Nothing was changed: the page now shows them as they are, so check and try again.",
            Assert.Single(stale.Errors));
        Assert.Equal([AppRoles.Manager], await RolesAsync(user.Id));
    }

    [Fact]
    public async Task A_second_password_reset_from_a_stale_page_is_refused_and_the_first_password_works()
    {
        var user = await app.CreateUserAsync("forgetful@crm.test", "Forgetful-Passw0rd1", AppRoles.Staff);
        var first = await OpenPageAsync(user.Id);
        var second = await OpenPageAsync(user.Id);
        Assert.True((await app.RunAsync<ResetUserPassword, UserChangeResult>(u => u.ResetAsync(user.Id, "First-Admin-Pick1", first))).Succeeded);

        var stale = await app.RunAsync<ResetUserPassword, UserChangeResult>(u => u.ResetAsync(user.Id, "Second-Admin-Pick1", second));

        Assert.True(stale.ChangedMeanwhile);
        Assert.Contains("their password was reset or their sessions were ended", Assert.Single(stale.Errors));
        await app.CreateBrowserLikeClient().SignedInAsync("forgetful@crm.test", "First-Admin-Pick1");
    }

    [Fact]
    public async Task Disabling_and_enabling_from_stale_pages_say_what_happened_meanwhile()
    {
        var user = await app.CreateUserAsync("leaving@crm.test", "Leaving-Passw0rd1", AppRoles.Staff);
        var first = await OpenPageAsync(user.Id);
        var second = await OpenPageAsync(user.Id);
        Assert.True((await app.RunAsync<SetUserAccess, UserChangeResult>(u => u.DisableAsync(user.Id, first))).Succeeded);

        var roles = await app.RunAsync<ChangeUserRoles, UserChangeResult>(u => u.ChangeAsync(user.Id, [AppRoles.Manager], second));
        var disableAgain = await app.RunAsync<SetUserAccess, UserChangeResult>(u => u.DisableAsync(user.Id, second));

        Assert.Contains("they were disabled", Assert.Single(roles.Errors));
        Assert.Equal([AppRoles.Staff], await RolesAsync(user.Id));
        Assert.Equal("The user is already disabled.", disableAgain.Done);
        var fresh = await OpenPageAsync(user.Id);
        Assert.True((await app.RunAsync<SetUserAccess, UserChangeResult>(u => u.EnableAsync(user.Id, fresh))).Succeeded);
        Assert.Equal("The user is already enabled.", (await app.RunAsync<SetUserAccess, UserChangeResult>(u => u.EnableAsync(user.Id, first))).Done);
    }

    [Fact]
    public async Task The_users_own_failed_sign_ins_do_not_block_an_admin_acting_on_what_they_saw()
    {
        var user = await app.CreateUserAsync("typo@crm.test", "Typo-Passw0rd1", AppRoles.Staff);
        var seen = await OpenPageAsync(user.Id);
        await app.WithUsersAsync(async u => await u.AccessFailedAsync((await u.FindByIdAsync(user.Id))!));

        var changed = await app.RunAsync<ChangeUserRoles, UserChangeResult>(u => u.ChangeAsync(user.Id, [AppRoles.Manager], seen));

        Assert.True(changed.Succeeded, string.Join(" ", changed.Errors));
        Assert.Equal([AppRoles.Manager], await RolesAsync(user.Id));
    }

    [Fact]
    public async Task A_change_saved_between_reading_and_writing_the_user_is_told_in_words()
    {
        var user = await app.CreateUserAsync("racing@crm.test", "Racing-Passw0rd1", AppRoles.Staff);
        var result = await app.WithUsersAsync(async users =>
        {
            var loaded = (await users.FindByIdAsync(user.Id))!;
            await app.WithUsersAsync(async other => await other.SetLockoutEndDateAsync((await other.FindByIdAsync(user.Id))!, DateTimeOffset.UtcNow.AddMinutes(5)));
            loaded.IsDisabled = true;
            return await users.UpdateAsync(loaded);
        });

        var refused = UserChangeResult.Refused(result);

        Assert.True(refused.ChangedMeanwhile);
        Assert.Equal("Someone else changed this user at the same moment, so nothing was changed: look at the page again and retry.", Assert.Single(refused.Errors));
        Assert.False((await app.FindUserAsync("racing@crm.test")).IsDisabled);
    }
}
