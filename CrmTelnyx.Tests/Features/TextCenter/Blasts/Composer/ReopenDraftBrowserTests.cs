using System.Text.RegularExpressions;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer.AudienceSeed;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>As a user: pick contacts on the list, save the blast as a draft, reopen it from its page and send that same draft.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReopenDraftBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Contacts_picked_on_the_list_become_a_draft_that_reopens_and_is_sent_as_the_same_blast()
    {
        var tag = new Tag { Name = "draft-journey" };
        await browser.App.AddAsync([Person("Dora", "+19175550201", "NY", ConsentStatus.OptedIn, null, tag), Person("Eli", "+19175550202", "NY", ConsentStatus.OptedIn, null, tag)]);
        await browser.App.AddNumberAsync("+16465550290", n => n.State = "NY");

        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GotoAsync("/contacts?tag=draft-journey");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await Assertions.Expect(page.Locator("[data-contact-count]")).ToHaveAttributeAsync("data-contact-count", "2");
        var boxes = page.Locator("tbody tr input[type=checkbox]");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        await Assertions.Expect(page.Locator("[data-blast-selected]")).ToContainTextAsync("Text blast to 2 selected");

        await page.Locator("[data-blast-selected]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-audience-picked]")).ToHaveAttributeAsync("data-audience-picked", "2");
        await Assertions.Expect(page.Locator("[data-recipients]")).ToHaveTextAsync("2");
        await page.Locator("#blast-name").FillAsync("Draft journey");
        await page.Locator("#blast-text").FillAsync("Hi {firstName|there}, first words");
        await page.Locator("[data-save-draft]").ClickAsync();
        // The address is enough: a busy machine can hold back the load event (fonts, the live connection) long after.
        await page.WaitForURLAsync(new Regex(@"/text-center/blasts/\d+$"), Committed);
        var id = long.Parse(page.Url.Split('/').Last());

        await page.Locator("[data-edit-draft]").ClickAsync();
        await page.WaitForURLAsync(new Regex($@"\?draft={id}$"), Committed);
        await Assertions.Expect(page.Locator("#blast-name")).ToHaveValueAsync("Draft journey");
        await Assertions.Expect(page.Locator("[data-audience-picked]")).ToHaveAttributeAsync("data-audience-picked", "2");
        await Assertions.Expect(page.Locator("[data-recipients]")).ToHaveTextAsync("2");
        await page.Locator("#blast-text").FillAsync("Hi {firstName|there}, final words");
        await page.Locator("[data-send-blast]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Send now" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/text-center/blasts/{id}$"), Committed);

        var blasts = await browser.App.WithDbAsync(db => db.Blasts.AsNoTracking().Where(b => b.Name == "Draft journey").ToListAsync());
        var blast = Assert.Single(blasts);
        Assert.Equal((id, "Hi {firstName|there}, final words", "2 picked contacts"), (blast.Id, blast.Text, blast.AudienceDescription));
        Assert.NotEqual(BlastStatus.Draft, blast.Status);
    }

    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };
}
