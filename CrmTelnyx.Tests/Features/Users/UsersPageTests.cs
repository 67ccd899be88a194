using System.Net;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

public sealed class UsersPageTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private Task<HttpClient> AdminAsync() =>
        app.SignedInAdminAsync();

    private static Dictionary<string, string> NewUser(string email, string password, string role) => new()
    {
        ["NewUser.DisplayName"] = "Pat Example",
        ["NewUser.Email"] = email,
        ["NewUser.Password"] = password,
        ["NewUser.Role"] = role,
    };

    private async Task<string> UserIdAsync(string email) => (await app.WithUsersAsync(u => u.FindByEmailAsync(email)))!.Id;

    [Fact]
    public async Task An_admin_creates_a_user_who_can_then_sign_in_with_that_role()
    {
        var admin = await AdminAsync();

        var response = await admin.SubmitFormAsync("/users", "create-user", NewUser("pat@crm.test", "Pat-Passw0rd1", "Agent"));

        var page = await response.ReadHtmlAsync();
        Assert.Contains("pat@crm.test was created", page.QuerySelector("[data-user-created]")!.TextContent);
        Assert.Contains("Agent", page.QuerySelector("tr[data-user-email='pat@crm.test']")!.TextContent);
        var pat = await app.CreateBrowserLikeClient().SignedInAsync("pat@crm.test", "Pat-Passw0rd1");
        Assert.Equal(HttpStatusCode.OK, (await pat.GetAsync("/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pat.GetAsync("/users")).StatusCode);
    }

    [Fact]
    public async Task A_weak_password_or_taken_email_is_explained_and_nothing_is_created()
    {
        var admin = await AdminAsync();

        var weak = await (await admin.SubmitFormAsync("/users", "create-user", NewUser("weak@crm.test", "short", "Staff"))).ReadHtmlAsync();
        var taken = await (await admin.SubmitFormAsync("/users", "create-user", NewUser(CrmAppFactory.AdminEmail, "Other-Passw0rd", "Staff"))).ReadHtmlAsync();

        Assert.Contains("at least 10 characters", weak.VisibleText());
        Assert.Null(await app.WithUsersAsync(u => u.FindByEmailAsync("weak@crm.test")));
        Assert.Contains("already taken", taken.VisibleText());
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_until_enabled_again()
    {
        await app.CreateUserAsync("leaver@crm.test", "Leaver-Passw0rd", "Staff");
        var admin = await AdminAsync();
        var userPage = $"/users/{await UserIdAsync("leaver@crm.test")}";

        var disabled = await (await admin.SubmitFormAsync(userPage, "access", new Dictionary<string, string> { ["AccessForm.Action"] = "disable" })).ReadHtmlAsync();

        Assert.Equal("disabled", disabled.QuerySelector("[data-user-status]")!.GetAttribute("data-user-status"));
        var refused = await (await app.CreateBrowserLikeClient().SignInAsync("leaver@crm.test", "Leaver-Passw0rd")).ReadHtmlAsync();
        Assert.Contains("disabled", refused.QuerySelector("[data-sign-in-error]")!.TextContent);
        var guessed = await (await app.CreateBrowserLikeClient().SignInAsync("leaver@crm.test", "A-Wrong-Guess1")).ReadHtmlAsync();
        Assert.Contains("email or password is not right", guessed.QuerySelector("[data-sign-in-error]")!.TextContent);

        await admin.SubmitFormAsync(userPage, "access", new Dictionary<string, string> { ["AccessForm.Action"] = "enable" });
        await app.CreateBrowserLikeClient().SignedInAsync("leaver@crm.test", "Leaver-Passw0rd");
    }

    [Fact]
    public async Task Guessing_a_disabled_accounts_password_locks_it_and_the_right_one_is_then_not_confirmed()
    {
        await app.CreateUserAsync("gone@crm.test", "Gone-Passw0rd1", "Staff");
        var admin = await AdminAsync();
        await admin.SubmitFormAsync($"/users/{await UserIdAsync("gone@crm.test")}", "access", new Dictionary<string, string> { ["AccessForm.Action"] = "disable" });

        for (var guess = 1; guess <= 5; guess++)
            await app.CreateBrowserLikeClient().SignInAsync("gone@crm.test", $"Wrong-Guess-{guess}");
        var right = await (await app.CreateBrowserLikeClient().SignInAsync("gone@crm.test", "Gone-Passw0rd1")).ReadHtmlAsync();

        var error = right.QuerySelector("[data-sign-in-error]")!.TextContent;
        Assert.Contains("locked", error);
        Assert.DoesNotContain("disabled", error);
    }

    [Fact]
    public async Task An_admin_resets_a_password_and_only_the_new_one_works()
    {
        await app.CreateUserAsync("forgetful@crm.test", "Forgetful-Passw0rd", "Staff");
        var admin = await AdminAsync();

        var page = await (await admin.SubmitFormAsync($"/users/{await UserIdAsync("forgetful@crm.test")}", "password",
            new Dictionary<string, string> { ["PasswordForm.NewPassword"] = "Brand-New-Passw0rd" })).ReadHtmlAsync();

        Assert.Contains("password was changed", page.QuerySelector("[data-user-message]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().SignInAsync("forgetful@crm.test", "Forgetful-Passw0rd")).StatusCode);
        await app.CreateBrowserLikeClient().SignedInAsync("forgetful@crm.test", "Brand-New-Passw0rd");
    }

    [Fact]
    public async Task An_admin_changes_roles_and_the_new_role_applies()
    {
        await app.CreateUserAsync("mover@crm.test", "Mover-Passw0rd1", "Staff");
        var admin = await AdminAsync();
        var userPage = $"/users/{await UserIdAsync("mover@crm.test")}";

        await admin.SubmitFormAsync(userPage, "roles", new Dictionary<string, string> { ["RolesForm.Selected"] = "Manager" });

        var roles = await app.WithUsersAsync(async u => await u.GetRolesAsync((await u.FindByEmailAsync("mover@crm.test"))!));
        Assert.Equal(["Manager"], roles);
        var mover = await app.CreateBrowserLikeClient().SignedInAsync("mover@crm.test", "Mover-Passw0rd1");
        Assert.Equal(HttpStatusCode.OK, (await mover.GetAsync("/billing")).StatusCode);
    }

    [Fact]
    public async Task The_only_admin_cannot_disable_themselves_or_drop_the_admin_role()
    {
        var admin = await AdminAsync();
        var userPage = $"/users/{await UserIdAsync(CrmAppFactory.AdminEmail)}";

        var disable = await (await admin.SubmitFormAsync(userPage, "access", new Dictionary<string, string> { ["AccessForm.Action"] = "disable" })).ReadHtmlAsync();
        var demote = await (await admin.SubmitFormAsync(userPage, "roles", new Dictionary<string, string> { ["RolesForm.Selected"] = "Staff" })).ReadHtmlAsync();

        Assert.Contains("only enabled admin", disable.QuerySelector("[data-user-error]")!.TextContent);
        Assert.Contains("only enabled admin", demote.QuerySelector("[data-user-error]")!.TextContent);
        var admins = await app.WithUsersAsync(u => u.GetUsersInRoleAsync("Admin"));
        Assert.Contains(admins, a => a.Email == CrmAppFactory.AdminEmail && !a.IsDisabled);
    }
}
