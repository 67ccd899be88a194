using System.Text;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>Contacts as a new user would use them, in Chromium: create, import a messy file, search, filter, tag, export.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactsBrowserTests(BrowserFixture browser)
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "crmtelnyx-screenshots");

    private static Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Shots);
        return page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
    }

    [BrowserFact]
    public async Task A_person_creates_imports_searches_tags_and_exports_contacts()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);

        // Create one contact by hand.
        await page.GetByRole(AriaRole.Link, new() { Name = "Contacts" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New contact" }).ClickAsync();
        // The static list says "connected" too (its own live channel): wait for the interactive form's page, then its circuit.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("New contact");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await page.GetByLabel("First name").FillAsync("Ada");
        await page.GetByLabel("Last name").FillAsync("Lovelace");
        await page.GetByLabel("Phone").FillAsync("555-0100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create contact" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-contact-form] .mud-input-helper-text.mud-input-error")).ToContainTextAsync("Too short");
        await page.GetByLabel("Phone").FillAsync("(212) 555-0100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create contact" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-contact-saved]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ada Lovelace");
        await ShotAsync(page, "contact-page");

        // Import a messy file with a few bad lines.
        await page.GotoAsync("/contacts/import");
        await page.Locator("form[data-upload-ready]").WaitForAsync();
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "messy.csv", MimeType = "text/csv", Buffer = MessyCsv.WithBom(MessyCsv.Build(300, out _)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and map columns" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-column=Mobile]")).ToHaveAttributeAsync("data-field", "phone");
        await Assertions.Expect(page.Locator("[data-import-preview] tbody tr")).ToHaveCountAsync(5);
        await ShotAsync(page, "contacts-import-mapping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 304 rows" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-import-report]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-count=imported]")).ToHaveTextAsync("300");
        await Assertions.Expect(page.Locator("[data-count=rejected]")).ToHaveTextAsync("4");
        foreach (var (line, _, reason) in MessyCsv.BadRows)
            await Assertions.Expect(page.Locator("[data-rejections] tbody tr").Filter(new() { Has = page.Locator($"[data-line='{line}']") })).ToContainTextAsync(reason);
        await ShotAsync(page, "contacts-import-report");

        // Search updates the table in place.
        await page.GotoAsync("/contacts");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        await page.GetByLabel("Search").FillAsync("person12");
        await Assertions.Expect(page.Locator("[data-contact-count]")).ToHaveAttributeAsync("data-contact-count", "11");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));

        // Filter by tag, then tag everyone in the selection.
        await page.GetByLabel("Search").FillAsync("");
        await page.GetByLabel("Tag", new() { Exact = true }).SelectOptionAsync("vip");
        await Assertions.Expect(page.Locator("[data-contact-count]")).ToHaveAttributeAsync("data-contact-count", "100");
        await ShotAsync(page, "contacts-list");
        Assert.Contains("/contacts?tag=vip", page.Url);
        await page.Locator("[data-bulk-tag] summary").ClickAsync();
        await page.Locator("#bulk-tag-name").FillAsync("spring-promo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add tag to all 100" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-contacts-message]")).ToContainTextAsync("Tagged 100 contact(s) 'spring-promo'");

        // Export the filtered selection.
        await page.GetByLabel("Tag", new() { Exact = true }).SelectOptionAsync("spring-promo");
        await Assertions.Expect(page.Locator("[data-contact-count]")).ToHaveAttributeAsync("data-contact-count", "100");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-export-link]").ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path, Encoding.UTF8);
        Assert.StartsWith("first_name,last_name,phone", csv);
        // One record per tagged contact (some span two lines: quoted company names with line breaks).
        Assert.Equal(100, System.Text.RegularExpressions.Regex.Count(csv, "spring-promo"));
        Assert.DoesNotContain("Ada", csv);
    }
}
