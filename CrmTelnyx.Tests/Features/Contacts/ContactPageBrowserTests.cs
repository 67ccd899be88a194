using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>One contact, as a person works with it in Chromium: read, fix, tag, save, see consent and messages, delete.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactPageBrowserTests(BrowserFixture browser)
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "crmtelnyx-screenshots");

    [BrowserFact]
    public async Task A_person_fixes_the_phone_tags_and_saves_a_contact_sees_its_consent_and_messages_and_deletes_it()
    {
        var app = browser.App;
        var id = await app.CreateContactAsync("(415) 555-0160");
        await app.RecordConsentAsync(id, ConsentStatus.OptedIn, "Signed the paper form");
        await app.WithDbAsync(async db =>
        {
            db.Add(new Message { From = "+14155550160", To = "+13125550001", Text = "Do you deliver on Sundays?",
                Direction = MessageDirection.Inbound, Status = MessageStatuses.Received, CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);

        await page.GotoAsync($"/contacts/{id}");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ada Lovelace");
        await Assertions.Expect(page.Locator("[data-consent-card] [data-consent]")).ToHaveAttributeAsync("data-consent", "OptedIn");
        await Assertions.Expect(page.Locator("[data-consent-history]")).ToContainTextAsync("Signed the paper form");
        await Assertions.Expect(page.Locator("[data-timeline] [data-timeline-item]")).ToContainTextAsync("Do you deliver on Sundays?");

        // A mistyped number is explained by the field, and nothing is saved.
        await page.GetByLabel("Phone").FillAsync("415-555-016");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-contact-form] .mud-input-helper-text.mud-input-error")).ToHaveTextAsync("Too short: 9 digits, a US/Canada number has 10.");

        // Fixed, with a new tag, it saves.
        await page.GetByLabel("Phone").FillAsync("(415) 555-0161");
        await page.GetByLabel("Add a tag").FillAsync("spring-promo");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "spring-promo" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-contact-tags] [data-tag='spring-promo']")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-contact-saved]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-contact-form] .mud-input-helper-text.mud-input-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("(415) 555-0161").First).ToBeVisibleAsync();
        // The opt-in was given for the old number: the consent card says so at once.
        await Assertions.Expect(page.Locator("[data-consent-card] [data-consent]")).ToHaveAttributeAsync("data-consent", "Unknown");
        await Assertions.Expect(page.Locator("[data-consent-history]")).ToContainTextAsync("the opt-in was for the old number");
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "contact-page-saved.png"), FullPage = true });
        Assert.Equal(["spring-promo"], await app.WithDbAsync(db => db.ContactTags.Where(t => t.ContactId == id).Select(t => t.Tag.Name).ToListAsync()));

        // Delete, confirmed in a dialog.
        await page.Locator("[data-contact-delete]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("Delete Ada Lovelace?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Ada Lovelace was deleted.").First).ToBeVisibleAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/contacts", new() { WaitUntil = WaitUntilState.Commit });
        Assert.NotNull(await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.DeletedAt).SingleAsync()));
    }
}
