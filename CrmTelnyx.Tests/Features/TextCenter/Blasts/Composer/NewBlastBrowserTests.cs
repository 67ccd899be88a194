using System.Text.RegularExpressions;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer.AudienceSeed;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>As a new user: compose a blast to a tag, watch the cost change when the text gains an emoji, and send it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NewBlastBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_blast_to_a_tag_shows_who_receives_it_and_its_cost_rises_with_an_emoji()
    {
        var tag = new Tag { Name = "composer-journey" };
        await browser.App.AddAsync(
        [
            Person("Ann", "+19175550101", "NY", ConsentStatus.OptedIn, null, tag),
            Person("Bob", "+19175550102", "NY", ConsentStatus.OptedOut, null, tag),
            Person("Cy", "+19175550103", "NY", ConsentStatus.OptedIn, null, tag),
        ]);
        await browser.App.AddNumberAsync("+16465550190", n => n.State = "NY");

        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GotoAsync("/text-center/blasts/new");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");

        await MudSelectDriver.TickAsync(page, page.Locator("[data-audience-tags]"), "composer-journey");
        await Assertions.Expect(page.Locator("[data-recipients]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("[data-suppressed-opted-out]")).ToHaveAttributeAsync("data-suppressed-opted-out", "1");

        await page.Locator("#blast-name").FillAsync("Spring journey");
        var words = "Hi {firstName|there}, our spring sale starts today with 20% off in store.";
        await page.Locator("#blast-text").FillAsync(words);
        await Assertions.Expect(page.Locator("[data-figure=encoding]")).ToContainTextAsync("GSM-7");
        await Assertions.Expect(page.Locator("[data-figure=cost]")).ToHaveTextAsync("$0.0140");
        await page.Locator("#blast-text").FillAsync(words + " 🎉");
        await Assertions.Expect(page.Locator("[data-ucs2-characters]")).ToContainTextAsync("🎉");
        await Assertions.Expect(page.Locator("[data-figure=cost]")).ToHaveTextAsync("$0.0280");
        await Assertions.Expect(page.Locator("[data-presend-summary]")).ToContainTextAsync("2 messages, 4 parts, about $0.0280, finishes ");

        await page.Locator("[data-send-blast]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Send now" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/text-center/blasts/\d+$"));
        var id = long.Parse(page.Url.Split('/').Last());
        var blast = await browser.App.WithDbAsync(db => db.Blasts.AsNoTracking().SingleAsync(b => b.Id == id));
        Assert.Equal(("Spring journey", words + " 🎉", "Tag composer-journey"), (blast.Name, blast.Text, blast.AudienceDescription));
        Assert.NotEqual(BlastStatus.Draft, blast.Status);
    }
}
