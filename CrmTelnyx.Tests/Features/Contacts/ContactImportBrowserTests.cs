using System.Text;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>Importing contacts as a person does it, in Chromium, on the interactive pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactImportBrowserTests(BrowserFixture browser)
{
    private static Task ConnectedAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");

    /// <summary>The upload page's file input is listening (see ImportUploadPage.OnAfterRender).</summary>
    private static Task ReadyToUploadAsync(IPage page) => page.Locator("form[data-upload-ready]").WaitForAsync();

    private static ILocator RowOf(IPage page, string table, int line) =>
        page.Locator($"{table} tbody tr").Filter(new() { Has = page.Locator($"[data-line='{line}']") });

    /// <summary>Bad rows on lines 3 and 5 (and an email on line 6 that only counts while the E-mail column is imported).</summary>
    private static byte[] JourneyCsv()
    {
        var csv = new StringBuilder("First Name,Last Name,Mobile,E-mail,Company,Tags\n")
            .Append("Ada,Lovelace,(212) 555-0190,ada@example.com,\"Acme, Inc.\",vip; chicago\n")
            .Append("Bad,Letters,CALL-ME-NOW,bad1@example.com,,vip\n")
            .Append("Grace,Hopper,415.555.0102,grace@example.com,Navy,newsletter\n")
            .Append("Bad,Short,555-1234,bad2@example.com,,\n")
            .Append("Alan,Turing,+13035550103,not-an-email,,\n");
        // Enough rows for several batches, so progress is pushed more than once.
        for (var i = 0; i < 4500; i++) csv.Append($"Person{i},Journey,(617) 55{i / 10000}-{i % 10000:D4},p{i}@example.com,Globex,newsletter\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    [BrowserFact]
    public async Task A_file_over_the_upload_limit_is_refused_in_words_before_it_is_uploaded()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GotoAsync("/contacts/import");
        await ReadyToUploadAsync(page);
        Assert.Equal((100L * 1024 * 1024).ToString(), await page.Locator("#file").GetAttributeAsync("data-max-bytes"));
        // A sparse file: 150 MB on disk in an instant; Chromium is handed the path, nothing is read.
        var huge = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.csv");
        await using (var file = File.Create(huge)) file.SetLength(150L * 1024 * 1024);
        try
        {
            await page.Locator("#file").SetInputFilesAsync(huge);

            await Assertions.Expect(page.Locator("[data-import-too-big]")).ToContainTextAsync("The file is 150 MB, larger than 100 MB, the most one import takes.");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Upload and map columns" })).ToBeDisabledAsync();
            Assert.EndsWith("/contacts/import", page.Url);
            Assert.Equal(0, await browser.App.WithDbAsync(db => db.ContactImports.CountAsync(i => i.FileName == Path.GetFileName(huge))));
        }
        finally
        {
            File.Delete(huge);
        }
    }

    [BrowserFact]
    public async Task A_person_uploads_maps_previews_and_watches_an_import_finish_live_then_downloads_the_rejected_rows()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GotoAsync("/contacts/import");
        await ReadyToUploadAsync(page);

        // Upload.
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "journey.csv", MimeType = "text/csv", Buffer = JourneyCsv() });
        await Assertions.Expect(page.Locator("[data-chosen-file]")).ToContainTextAsync("journey.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and map columns" }).ClickAsync();

        // Map: the guesses are shown, and the preview shows each bad row's reason.
        await Assertions.Expect(page.Locator("[data-column=Mobile]")).ToHaveAttributeAsync("data-field", "phone");
        await Assertions.Expect(page.Locator("[data-import-preview] tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(RowOf(page, "[data-import-preview]", 3)).ToContainTextAsync("Contains letters");
        await Assertions.Expect(RowOf(page, "[data-import-preview]", 5)).ToContainTextAsync("Too short");
        await Assertions.Expect(RowOf(page, "[data-import-preview]", 6)).ToContainTextAsync("is not an email address");
        await ConnectedAsync(page);
        await page.Locator("[data-column='E-mail'] .mud-input-control").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Don't import" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-column='E-mail']")).ToHaveAttributeAsync("data-field", "");
        await Assertions.Expect(RowOf(page, "[data-import-preview]", 6)).ToContainTextAsync("OK");
        await page.GetByText("Update the contact with the file's non-empty values").ClickAsync();

        // Start, and watch it finish without a reload.
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 4,505 rows" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-percent]")).ToHaveAttributeAsync("data-percent", "100", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-import-report]")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await Assertions.Expect(page.Locator("[data-count=imported]")).ToHaveTextAsync("4,503");
        await Assertions.Expect(page.Locator("[data-count=rejected]")).ToHaveTextAsync("2");

        // The rejected rows, listed and downloadable.
        await Assertions.Expect(RowOf(page, "[data-rejections]", 3)).ToContainTextAsync("Contains letters");
        await Assertions.Expect(RowOf(page, "[data-rejections]", 3)).ToContainTextAsync("Bad,Letters,CALL-ME-NOW");
        await Assertions.Expect(RowOf(page, "[data-rejections]", 5)).ToContainTextAsync("Too short");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-rejected-download]").ClickAsync());
        Assert.Equal("rejected-journey.csv", download.SuggestedFilename);
        var rejected = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
        Assert.StartsWith("line,reason,row", rejected.TrimStart('\uFEFF'));
        Assert.Contains("Too short", rejected);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
    }
}
