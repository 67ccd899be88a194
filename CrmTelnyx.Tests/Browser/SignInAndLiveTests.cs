using CrmTelnyx.Live;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInAndLiveTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_admin_signs_in_sees_navigation_badge_and_users()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var item in new[] { "Text Center", "Calls", "Billing", "Numbers", "Contacts" })
            Assert.True(await nav.GetByRole(AriaRole.Link, new() { Name = item }).IsVisibleAsync(), $"{item} is not in the navigation");
        foreach (var item in new[] { "Users", "Settings", "Webhooks", "Sandbox" })
            Assert.True(await nav.GetByRole(AriaRole.Link, new() { Name = item }).IsVisibleAsync(), $"{item} is not in the Admin menu");
        Assert.Equal("Sandbox", (await page.Locator("[data-telnyx-mode]").First.InnerTextAsync()).Trim());

        // A link clicked while the circuit is still starting can change the address without the page (seen when run alone).
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await page.WaitForURLAsync("**/users", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator($"[data-users-table] [data-user-email='{CrmAppFactory.AdminEmail}']")).ToBeVisibleAsync();

        await page.GetByLabel("Account").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        // The sign-out's redirect or, when the ended circuit gets there first, the sign-in page with this page to return to.
        await page.WaitForURLAsync("**/account/login**", new() { WaitUntil = WaitUntilState.Commit });
        await page.GotoAsync("/users");
        Assert.Contains("/account/login", page.Url);
    }

    [BrowserFact]
    public async Task A_wrong_password_shows_an_error_in_the_browser()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(CrmAppFactory.AdminEmail);
        await page.GetByLabel("Password").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-sign-in-error]")).ToContainTextAsync("not right");
        Assert.Contains("/account/login", page.Url);
    }

    [BrowserFact]
    public async Task A_pushed_event_appears_on_the_open_page_without_reload()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        var notifier = browser.App.Services.GetRequiredService<ILiveNotifier>();

        // The page subscribes just after connecting; publish until the event lands (a push to no one is lost, by design).
        var feed = page.Locator($"[data-live-feed='{LiveTopics.Activity}'] [data-live-event='test-activity']");
        for (var attempt = 0; attempt < 20 && await feed.CountAsync() == 0; attempt++)
        {
            await notifier.PublishAsync(LiveTopics.Activity, "test-activity", new LiveNotice("Delivered", "Message to +15551230001 delivered"));
            await Task.Delay(250);
        }

        await Assertions.Expect(feed.First).ToContainTextAsync("Message to +15551230001 delivered");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
    }

    [BrowserFact]
    public async Task The_settings_page_test_update_arrives_as_a_notice()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GotoAsync("/settings");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send a test update" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-live-test-result]")).ToContainTextAsync("Sent at");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Live updates work");
    }
}
