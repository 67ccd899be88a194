using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Identity;

[Collection(BrowserCollection.Name)]
public sealed class SignInLimitsBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_stranger_guessing_the_admins_password_is_refused_in_words_and_the_admin_then_signs_in()
    {
        // The stranger's browser comes through the (loopback) proxy from another address.
        await using var strangers = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = "203.0.113.80" },
        });
        strangers.SetDefaultTimeout(30_000);
        var stranger = await strangers.NewPageAsync();
        await stranger.GotoAsync("/account/login");

        var error = "";
        for (var guess = 1; guess <= 8 && !error.StartsWith("Too many"); guess++)
        {
            await stranger.GetByLabel("Email").FillAsync(CrmAppFactory.AdminEmail);
            await stranger.GetByLabel("Password").FillAsync($"Guess-{guess}-Passw0rd");
            await stranger.RunAndWaitForResponseAsync(
                () => stranger.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
                response => response.Request.Method == "POST" && response.Url.Contains("/account/login"));
            error = (await stranger.Locator("[data-sign-in-error]").InnerTextAsync()).Trim();
        }

        Assert.Equal("Too many sign-in attempts from this network. Try again in 3 minutes.", error);
        var admin = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await Assertions.Expect(admin.Locator("[data-current-user]")).ToHaveTextAsync(CrmAppFactory.AdminEmail);
    }
}
