using Bunit;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

/// <summary>One user's page: roles, access and password, each confirmation in a dialog and each outcome in a snackbar.</summary>
public sealed class UserPageTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>, IAsyncLifetime
{
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => context.DisposeAsync().AsTask();

    private IRenderedComponent<MudProvidersHost> RenderPageOf(string userId)
    {
        var page = context.Render<MudProvidersHost>(p => p.AddChildContent<UserPage>(u => u.Add(x => x.Id, userId)));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-user-status]")));
        return page;
    }

    private static string Status(IRenderedComponent<MudProvidersHost> page) => page.Find("[data-user-status]").GetAttribute("data-user-status")!;

    private static string Snackbars(IRenderedComponent<MudProvidersHost> page) => string.Join(" | ", page.FindAll(".mud-snackbar").Select(s => s.TextContent));

    /// <summary>Answers the open confirmation dialog with the button that says <paramref name="answer"/>.</summary>
    private static void Answer(IRenderedComponent<MudProvidersHost> page, string answer)
    {
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == answer).Click();
    }

    [Fact]
    public async Task Disabling_asks_first_then_the_user_shows_disabled_and_can_be_enabled_again()
    {
        var leaver = await app.CreateUserAsync("page-leaver@crm.test", "Leaver-Passw0rd1", "Staff");
        var page = RenderPageOf(leaver.Id);

        page.Find("[data-disable-user]").Click();
        page.WaitForAssertion(() => Assert.Contains("Disable this user?", page.Find(".mud-dialog").TextContent));
        Assert.False((await app.FindUserAsync("page-leaver@crm.test")).IsDisabled);
        Answer(page, "Disable user");

        page.WaitForAssertion(() => Assert.Equal("disabled", Status(page)), TimeSpan.FromSeconds(10));
        Assert.Contains("The user is disabled", Snackbars(page));
        Assert.True((await app.FindUserAsync("page-leaver@crm.test")).IsDisabled);

        page.Find("[data-enable-user]").Click();

        page.WaitForAssertion(() => Assert.Equal("active", Status(page)), TimeSpan.FromSeconds(10));
        Assert.Contains("enabled and can sign in again", Snackbars(page));
    }

    [Fact]
    public async Task Cancelling_the_disable_dialog_changes_nothing()
    {
        var user = await app.CreateUserAsync("page-kept@crm.test", "Kept-Passw0rd1", "Staff");
        var page = RenderPageOf(user.Id);

        page.Find("[data-disable-user]").Click();
        Answer(page, "Cancel");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")));
        Assert.Equal("active", Status(page));
        Assert.False((await app.FindUserAsync("page-kept@crm.test")).IsDisabled);
    }

    [Fact]
    public async Task The_only_admin_is_told_they_cannot_be_disabled_or_lose_the_admin_role()
    {
        var page = RenderPageOf(await app.UserIdAsync(CrmAppFactory.AdminEmail));

        page.Find("[data-disable-user]").Click();
        Answer(page, "Disable user");

        page.WaitForAssertion(() => Assert.Contains("only enabled admin: it cannot be disabled", Snackbars(page)), TimeSpan.FromSeconds(10));
        Assert.Equal("active", Status(page));

        page.Find("input[data-role-option=Admin]").Change(false);
        page.Find("input[data-role-option=Staff]").Change(true);
        page.Find("[data-save-roles]").Click();

        page.WaitForAssertion(() => Assert.Contains("only enabled admin: make someone else an admin first", Snackbars(page)), TimeSpan.FromSeconds(10));
        var admins = await app.WithUsersAsync(u => u.GetUsersInRoleAsync("Admin"));
        Assert.Contains(admins, a => a.Email == CrmAppFactory.AdminEmail && !a.IsDisabled);
    }

    [Fact]
    public async Task Roles_saved_on_a_page_opened_before_another_admins_change_are_refused_with_what_changed_and_the_page_shows_it()
    {
        var user = await app.CreateUserAsync("page-contested@crm.test", "Contested-Passw0rd1", "Staff");
        var page = RenderPageOf(user.Id);
        Assert.True((await app.ChangeRolesAsync(user.Id, "Manager")).Succeeded);

        page.Find("input[data-role-option=Agent]").Change(true);
        page.Find("[data-save-roles]").Click();

        page.WaitForAssertion(() => Assert.Contains("Someone else changed this user after you opened the page: their roles are now Manager (you saw Staff)", Snackbars(page)),
            TimeSpan.FromSeconds(10));
        Assert.True(page.Find("input[data-role-option=Manager]").HasAttribute("checked"));
        Assert.False(page.Find("input[data-role-option=Agent]").HasAttribute("checked"));
        Assert.Equal(["Manager"], await app.WithUsersAsync(u => u.GetRolesAsync(user)));
    }

    [Fact]
    public async Task Saving_new_roles_says_so_and_shows_them_checked()
    {
        var mover = await app.CreateUserAsync("page-mover@crm.test", "Mover-Passw0rd1", "Staff");
        var page = RenderPageOf(mover.Id);

        page.Find("input[data-role-option=Staff]").Change(false);
        page.Find("input[data-role-option=Manager]").Change(true);
        page.Find("[data-save-roles]").Click();

        page.WaitForAssertion(() => Assert.Contains("Roles saved: Manager", Snackbars(page)), TimeSpan.FromSeconds(10));
        Assert.True(page.Find("input[data-role-option=Manager]").HasAttribute("checked"));
        Assert.False(page.Find("input[data-role-option=Staff]").HasAttribute("checked"));
        Assert.Equal(["Manager"], await app.WithUsersAsync(u => u.GetRolesAsync(mover)));
    }

    [Fact]
    public async Task Resetting_a_password_asks_first_and_says_it_was_changed()
    {
        var forgetful = await app.CreateUserAsync("page-forgetful@crm.test", "Forgetful-Passw0rd1", "Staff");
        var page = RenderPageOf(forgetful.Id);

        page.Find("input[data-new-password]").Change("Brand-New-Passw0rd1");
        page.Find("[data-reset-password]").Click();
        page.WaitForAssertion(() => Assert.Contains("Set a new password?", page.Find(".mud-dialog").TextContent));
        Answer(page, "Set password");

        page.WaitForAssertion(() => Assert.Contains("The password was changed", Snackbars(page)), TimeSpan.FromSeconds(10));
        await app.CreateBrowserLikeClient().SignedInAsync("page-forgetful@crm.test", "Brand-New-Passw0rd1");
    }

    [Fact]
    public async Task A_weak_new_password_is_explained_under_the_field()
    {
        var user = await app.CreateUserAsync("page-steady@crm.test", "Steady-Passw0rd1", "Staff");
        var page = RenderPageOf(user.Id);

        page.Find("[data-reset-password]").Click();
        page.WaitForAssertion(() => Assert.Contains("Enter the new password.", page.Find("[data-user-password]").TextContent));
        Assert.Empty(page.FindAll(".mud-dialog"));

        page.Find("input[data-new-password]").Change("weak");
        page.Find("[data-reset-password]").Click();
        Answer(page, "Set password");

        page.WaitForAssertion(() => Assert.Contains("at least 10 characters", page.Find("[data-user-password] .mud-input-helper-text.mud-input-error").TextContent), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_locked_user_shows_locked_and_can_be_unlocked()
    {
        var user = await app.CreateUserAsync("page-locked@crm.test", "Locked-Passw0rd1", "Staff");
        await app.WithUsersAsync(async u => await u.SetLockoutEndDateAsync((await u.FindByIdAsync(user.Id))!, DateTimeOffset.UtcNow.AddMinutes(15)));
        var page = RenderPageOf(user.Id);
        Assert.Equal("locked", Status(page));

        page.Find("[data-unlock-user]").Click();

        page.WaitForAssertion(() => Assert.Equal("active", Status(page)), TimeSpan.FromSeconds(10));
        Assert.Contains("unlocked", Snackbars(page));
        Assert.Empty(page.FindAll("[data-unlock-user]"));
    }

    [Fact]
    public void An_unknown_user_is_not_found()
    {
        var page = context.Render<MudProvidersHost>(p => p.AddChildContent<UserPage>(u => u.Add(x => x.Id, "no-such-id")));

        page.WaitForAssertion(() => Assert.Contains("User not found", page.Markup));
    }
}
