using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Phones;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>An admin opens a number's page, renames it, reads the history, and releases it after typing the number.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NumberPageBrowserTests(BrowserFixture browser)
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "crmtelnyx-screenshots");

    [BrowserFact]
    public async Task An_admin_renames_a_number_sees_it_in_the_history_and_releases_it_after_typing_it()
    {
        var app = browser.App;
        // A number of its own (bought at the sandbox and synced), so the sandbox's seed numbers stay for other journeys.
        var id = await app.BuyNumberAsync("773");
        var phone = (await app.NumberAsync(id)).PhoneNumber;
        var shown = PhoneNumberNormalizer.Format(phone);
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.SetViewportSizeAsync(1366, 850);
        await page.GotoAsync($"/numbers/{id}");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(shown);
        await Assertions.Expect(page.Locator("[data-detail=state]")).ToHaveTextAsync("Illinois (IL)");

        // Rename: the details and the history say so.
        await page.GetByLabel("Friendly name").FillAsync("Sales line");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-detail=friendly-name]")).ToHaveTextAsync("Sales line");
        var newest = page.Locator("[data-audit-entry]").First;
        await Assertions.Expect(newest).ToContainTextAsync("Edited · Friendly name: '' → 'Sales line'");
        await Assertions.Expect(newest).ToContainTextAsync($"UTC by {CrmAppFactory.AdminEmail}");
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "number-page-1366.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "number-page-390.png"), FullPage = true });
        await page.SetViewportSizeAsync(1366, 850);

        // Release: the dialog's button works only once the number is typed (here as digits alone).
        await page.Locator("[data-number-release]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("cannot be undone");
        var release = dialog.GetByRole(AriaRole.Button, new() { Name = "Release", Exact = true });
        await Assertions.Expect(release).ToBeDisabledAsync();
        await dialog.GetByLabel("Type the number to confirm").FillAsync(phone[2..]);
        await Assertions.Expect(release).ToBeEnabledAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "number-release-dialog-1366.png") });
        await release.ClickAsync();

        await Assertions.Expect(page.Locator("[data-number-released]")).ToContainTextAsync("Released on");
        await Assertions.Expect(page.Locator("[data-detail=status]")).ToHaveTextAsync("Released (Telnyx: deleted)");
        await Assertions.Expect(page.Locator("[data-audit-entry]").First).ToContainTextAsync("Released · Released at Telnyx.");
        await Assertions.Expect(page.Locator("[data-number-release]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-number-not-editable]")).ToContainTextAsync("can no longer be edited");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "number-released-1366.png"), FullPage = true });
        Assert.Equal(NumberStatus.Released, (await app.NumberAsync(id)).Status);
        Assert.False(await app.TelnyxListsAsync(phone));
    }
}
