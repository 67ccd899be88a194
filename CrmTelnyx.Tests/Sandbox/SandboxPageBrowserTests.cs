using Microsoft.Extensions.DependencyInjection;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Sandbox;

[Collection(BrowserCollection.Name)]
public sealed class SandboxPageBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_admin_opens_the_sandbox_from_the_navigation_and_makes_a_contact_text_stop()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        var sandboxLink = nav.GetByRole(AriaRole.Link, new() { Name = "Sandbox" });
        // The drawer's Admin group may start folded.
        if (!await sandboxLink.IsVisibleAsync()) await nav.GetByRole(AriaRole.Button, new() { Name = "Admin" }).ClickAsync();
        await sandboxLink.ClickAsync();
        await page.WaitForURLAsync("**/sandbox", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(44, (await page.Locator("[data-sandbox-public-key]").InnerTextAsync()).Trim().Length);

        await SandboxPageDriver.ContactTextsKeywordAsync(page, "+13125550177", "STOP", ourNumber: "+13125550142");

        await Assertions.Expect(page.Locator("[data-sandbox-notice]", new() { HasText = "+13125550177" })).ToContainTextAsync("blocked");
        // The lists are the sandbox's own store and follow it without a reload.
        await Assertions.Expect(page.Locator("[data-sandbox-optouts]")).ToContainTextAsync("+13125550177");
        var message = page.Locator("[data-sandbox-messages] tr", new() { HasText = "+13125550177" });
        await Assertions.Expect(message).ToContainTextAsync("STOP");
        await Assertions.Expect(message).ToContainTextAsync("+13125550142");
        await Assertions.Expect(page.Locator("[data-sandbox-deliveries]")).ToContainTextAsync("message.received");
        var screenshots = Environment.GetEnvironmentVariable("CRM_SCREENSHOTS");
        if (!string.IsNullOrEmpty(screenshots)) await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "sandbox.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task A_contact_calls_in_and_the_admin_hangs_up_for_them_from_the_calls_list()
    {
        // Long enough that the contact hangs up from the list, not by themselves.
        browser.App.Services.GetRequiredService<CrmTelnyx.Sandbox.SandboxRuntimeSettings>().CallDurationMs = 60_000;
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GotoAsync("/sandbox");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);

        var card = page.Locator("[data-sandbox-card='call-in']");
        await card.GetByLabel("Caller's number").FillAsync("+13125550179");
        await card.GetByRole(AriaRole.Button, new() { Name = "Call in" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-sandbox-notice]", new() { HasText = "+13125550179 is calling" })).ToBeVisibleAsync();

        var row = page.Locator("[data-sandbox-calls] tr", new() { HasText = "+13125550179" });
        // The app answers it by the number's call routing (nobody is available here, so into voicemail).
        await Assertions.Expect(row.Locator("[data-call-state]")).ToHaveAttributeAsync("data-call-state", "answered");
        await row.GetByRole(AriaRole.Button, new() { Name = "Contact hangs up" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-sandbox-notice]", new() { HasText = "The contact hung up." })).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("[data-call-state]")).ToHaveAttributeAsync("data-call-state", "hangup");
    }
}
