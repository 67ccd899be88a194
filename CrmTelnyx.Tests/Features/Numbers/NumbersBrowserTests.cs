using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>The Numbers page as an admin uses it in Chromium, the sandbox playing the Telnyx account.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NumbersBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_admin_syncs_from_Telnyx_and_sees_the_accounts_numbers_with_their_states()
    {
        var admin = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await admin.GotoAsync("/numbers");
        await Assertions.Expect(admin.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");

        await admin.Locator("button[data-sync-numbers]").ClickAsync();

        // Another journey in this app may have synced already (then nothing is added): either way the outcome is said in words.
        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Synced with Telnyx: \d+ added, \d+ updated, \d+ released"));
        foreach (var number in SandboxAccount.SeedNumbers)
        {
            var row = admin.Locator("tr", new() { Has = admin.Locator($"[data-number='{number}']") });
            await Assertions.Expect(row.Locator("[data-number-state]")).ToHaveTextAsync("IL");
            await Assertions.Expect(row.Locator("[data-number-status]")).ToHaveTextAsync("Active");
        }
        await Assertions.Expect(admin.Locator("[data-number='+13125550141']")).ToHaveTextAsync("(312) 555-0141");
    }
}
