using System.Net;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

public sealed class SignInTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task Admin_signs_in_and_sees_the_navigation_and_mode_badge()
    {
        var client = app.CreateBrowserLikeClient();

        var response = await client.SignInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.AbsolutePath);
        var home = await (await client.GetAsync("/")).ReadHtmlAsync();
        var nav = home.QuerySelector("nav[aria-label=Main]")!.TextContent;
        foreach (var item in new[] { "Text Center", "Calls", "Billing", "Numbers", "Contacts", "Users", "Settings" })
            Assert.Contains(item, nav);
        Assert.Equal("Sandbox", home.QuerySelector("[data-telnyx-mode]")!.GetAttribute("data-telnyx-mode"));
        Assert.Equal(CrmAppFactory.AdminEmail, home.QuerySelector("[data-current-user]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_session()
    {
        var client = app.CreateBrowserLikeClient();

        var response = await client.SignInAsync(CrmAppFactory.AdminEmail, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("email or password is not right", page.QuerySelector("[data-sign-in-error]")!.TextContent);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/login", home.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Five_wrong_passwords_stop_that_clients_guessing_even_with_the_right_one_without_locking_the_account()
    {
        await app.CreateUserAsync("lockme@crm.test", "Lockme-Passw0rd", "Staff");
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++) await client.SignInAsync("lockme@crm.test", "wrong-password");

        var response = await client.SignInAsync("lockme@crm.test", "Lockme-Passw0rd");

        var page = await response.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Too many sign-in attempts from this network.", page.QuerySelector("[data-sign-in-error]")!.TextContent.Trim());
        Assert.Null(await app.WithUsersAsync(async users => (await users.FindByEmailAsync("lockme@crm.test"))!.LockoutEnd));
    }

    [Fact]
    public async Task Sign_in_only_returns_to_a_local_address()
    {
        var client = app.CreateBrowserLikeClient();

        var response = await client.SubmitFormAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", "login",
            new Dictionary<string, string> { ["Input.Email"] = CrmAppFactory.AdminEmail, ["Input.Password"] = CrmAppFactory.AdminPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("localhost", response.Headers.Location!.Host);
        Assert.Equal("/", response.Headers.Location.AbsolutePath);
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_rejected()
    {
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = CrmAppFactory.AdminEmail,
            ["Input.Password"] = CrmAppFactory.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
