using CrmTelnyx.Tests.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Browser;

/// <summary>The app's pages work under its Content-Security-Policy: no violation while pages load, circuits connect and MudBlazor opens its popovers and dialogs.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task The_pages_run_under_the_policy_without_a_single_violation()
    {
        var contactId = await browser.App.CreateContactAsync("+13125550178");
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Refused to") || message.Text.Contains("Content Security Policy")) violations.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: page error {error}");
        // Every blocked inline style, script, connection or frame fires this event, whether or not the console reports it.
        await page.Context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
                console.error(`Refused to (securitypolicyviolation) ${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
            """);

        try
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email").FillAsync(CrmAppFactory.AdminEmail);
            await page.GetByLabel("Password").FillAsync(CrmAppFactory.AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.Locator("[data-current-user]").WaitForAsync();

            foreach (var path in new[] { "/contacts", $"/contacts/{contactId}", "/contacts/import", "/text-center", "/users", "/sandbox" })
            {
                await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
                await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
                // A MudBlazor menu: a popover positioned with inline styles by MudBlazor's script.
                await page.GetByLabel("Account").ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeVisibleAsync();
                await page.Keyboard.PressAsync("Escape");
            }

            // A MudBlazor dialog, opened over the circuit.
            await page.GotoAsync($"/contacts/{contactId}", new() { WaitUntil = WaitUntilState.Commit });
            await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
            await page.Locator("[data-contact-delete]").ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            // Confirming also shows a snackbar, and leaves the shared app's contact list as the other journeys expect it.
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("was deleted");
        }
        catch (Exception e) when (violations.Count > 0)
        {
            // A blocked script or style breaks the page too: the violations are the cause worth reading.
            throw new Xunit.Sdk.XunitException(string.Join("\n", violations) + "\n\nthen: " + e.Message);
        }
        finally
        {
            await browser.App.DeleteContactAsync(contactId);
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
