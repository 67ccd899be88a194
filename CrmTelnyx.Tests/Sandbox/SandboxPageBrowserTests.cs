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
        var nav = page.GetByRole(AriaRole.List, new() { Name = "Main" });
        await nav.GetByRole(AriaRole.Button, new() { Name = "Admin" }).ClickAsync();
        await nav.GetByRole(AriaRole.Link, new() { Name = "Sandbox" }).ClickAsync();
        await page.WaitForURLAsync("**/sandbox", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(44, (await page.Locator("[data-sandbox-public-key]").InnerTextAsync()).Trim().Length);

        await page.GetByLabel("Contact's number").FillAsync("+13125550177");
        await page.GetByRole(AriaRole.Button, new() { Name = "STOP", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-sandbox-notice]")).ToContainTextAsync("blocked");
        await Assertions.Expect(page.Locator("[data-sandbox-optouts]")).ToContainTextAsync("+13125550177");
        await Assertions.Expect(page.Locator("[data-sandbox-messages]")).ToContainTextAsync("STOP");
        var screenshots = Environment.GetEnvironmentVariable("CRM_SCREENSHOTS");
        if (!string.IsNullOrEmpty(screenshots)) await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "sandbox.png"), FullPage = true });
    }
}
