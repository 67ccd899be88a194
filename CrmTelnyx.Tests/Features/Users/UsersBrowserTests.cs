using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Users;

/// <summary>The Users pages as an admin uses them in Chromium, and what the people they manage see.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UsersBrowserTests(BrowserFixture browser)
{
    private static Task CircuitUpAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");

    [BrowserFact]
    public async Task An_admin_creates_a_user_who_then_signs_in_with_that_role()
    {
        var admin = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await admin.GotoAsync("/users");
        await CircuitUpAsync(admin);

        await admin.Locator("input[data-new-user-field=name]").FillAsync("Avery Agent");
        await admin.Locator("input[data-new-user-field=email]").FillAsync("avery@crm.test");
        await admin.Locator("input[data-new-user-field=password]").FillAsync("Avery-Passw0rd1");
        await admin.Locator("[data-new-user-field=role] label.mud-radio", new() { HasText = "Agent" }).ClickAsync();
        await admin.Locator("[data-create-user]").ClickAsync();

        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("avery@crm.test was created");
        var row = admin.Locator("tr", new() { Has = admin.Locator("[data-user-email='avery@crm.test']") });
        await Assertions.Expect(row.Locator("[data-user-role]")).ToHaveTextAsync(["Agent"]);

        var avery = await browser.SignedInPageAsync("avery@crm.test", "Avery-Passw0rd1");
        var nav = avery.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Calls" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
        await avery.GotoAsync("/users");
        await Assertions.Expect(avery.GetByText("You don't have access")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Disabling_a_user_sends_their_open_page_to_sign_in_at_once()
    {
        var leaver = await browser.App.CreateUserAsync("browser-leaver@crm.test", "Leaver-Passw0rd1", "Staff");
        var leaversPage = await browser.SignedInPageAsync("browser-leaver@crm.test", "Leaver-Passw0rd1");
        await CircuitUpAsync(leaversPage);

        var admin = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await admin.GotoAsync($"/users/{leaver.Id}");
        await CircuitUpAsync(admin);
        await admin.Locator("[data-disable-user]").ClickAsync();
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Disable user" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-user-status]")).ToHaveAttributeAsync("data-user-status", "disabled");

        // OpenCircuits ends the page at once; the 10-second revalidation is the safety net. Room for a busy machine.
        await leaversPage.WaitForURLAsync("**/account/login**", new() { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(leaversPage.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
