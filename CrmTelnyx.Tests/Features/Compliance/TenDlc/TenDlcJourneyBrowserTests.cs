using CrmTelnyx.Features.Compliance.TenDlc;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.TenDlc;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Infrastructure;
using CrmTelnyx.Tests.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Compliance.TenDlc;

/// <summary>An app of its own whose sandbox reviews 10DLC registrations in a second and a half: long enough to see "Pending review".</summary>
public sealed class TenDlcJourneyFixture() : BrowserFixture(Configure(BlastApp.Configure(new CrmAppFactory(), new ShiftedClock(ShiftedClock.WeekdayNoonInChicago))))
{
    private static CrmAppFactory Configure(CrmAppFactory app)
    {
        app.Settings["Sandbox:TenDlcReviewDelayMs"] = "1500";
        app.Settings["Sandbox:NumberOrderDelayMs"] = "100";
        return app;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TenDlcJourneyCollection : ICollectionFixture<TenDlcJourneyFixture>
{
    public const string Name = "10DLC journey";
}

/// <summary>
/// Issue 13's "done when", as an admin does it in sandbox mode: register a brand; the campaign check warns about
/// samples without opt-out language; fixed, the campaign is submitted and turns active live; two numbers are assigned
/// from the number manager; a blast through them is estimated at the campaign's limit; a rejected campaign shows why.
/// </summary>
[Collection(TenDlcJourneyCollection.Name)]
public sealed class TenDlcJourneyBrowserTests(TenDlcJourneyFixture browser)
{
    [BrowserFact]
    public Task An_admin_registers_a_brand_and_a_campaign_assigns_two_numbers_and_blasts_at_the_campaign_s_limit() =>
        browser.ExplainingFailuresAsync(JourneyAsync);

    private async Task JourneyAsync()
    {
        var app = browser.App;
        // Unvetted brands get AT&T's class T: 75 texts a minute for the whole campaign, below two numbers' usual 1 a second each.
        app.Services.GetRequiredService<SandboxRuntimeSettings>().TenDlcReview = TenDlcReviewSettings.Approving with { NewBrandVettingScore = 0 };
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);

        // The brand, field by field; a wrong EIN is caught before anything is sent.
        await page.GotoAsync("/10dlc");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        var wizard = page.Locator("[data-brand-wizard]");
        await page.FillAsync("#brand-name", "Acme Plumbing LLC");
        await page.FillAsync("#brand-ein", "07-1234567");
        await ChooseAsync(page, wizard.Locator("[data-brand-vertical]"), "Construction");
        await page.FillAsync("#brand-street", "233 S Wacker Dr");
        await page.FillAsync("#brand-city", "Chicago");
        await page.FillAsync("#brand-state", "IL");
        await page.FillAsync("#brand-zip", "60606");
        await page.FillAsync("#brand-website", "acmeplumbing.com");
        await page.FillAsync("#brand-phone", "(312) 555-0100");
        await page.FillAsync("#brand-email", "owner@acmeplumbing.com");
        await page.Locator("[data-brand-submit]").ClickAsync();
        await Assertions.Expect(wizard).ToContainTextAsync("No EIN starts with 07");
        await page.FillAsync("#brand-ein", "36-4127890");
        await page.Locator("[data-brand-submit]").ClickAsync();
        var brand = page.Locator("[data-brand='Acme Plumbing LLC']");
        await Assertions.Expect(brand.Locator("[data-registration-state]")).ToHaveAttributeAsync("data-registration-state", "Pending");
        await Assertions.Expect(brand.Locator("[data-registration-state]")).ToHaveAttributeAsync("data-registration-state", "Active", new() { Timeout = 20_000 });

        // The campaign: samples without opt-out language are flagged and block the submission until fixed.
        var card = page.Locator("[data-campaign-check]");
        await Assertions.Expect(card.Locator("[data-campaign-brand-select]")).ToContainTextAsync("Acme Plumbing LLC");
        await FillCampaignAsync(page, "Acme Plumbing texts its customers seasonal offers and service reminders, about twice a month.",
            "Acme Plumbing LLC: winter special, 20% off water heater service until Jan 31.",
            "Acme Plumbing LLC: time for your yearly drain check. Call us to book.");
        await Assertions.Expect(card.Locator("[data-campaign-finding='NoOptOutLanguage']").First).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("[data-campaign-submit]")).ToBeDisabledAsync();
        await page.FillAsync("#campaign-sample-1", "Acme Plumbing LLC: winter special, 20% off water heater service until Jan 31. Reply STOP to opt out.");
        await page.FillAsync("#campaign-sample-2", "Acme Plumbing LLC: time for your yearly drain check. Call us to book. Reply STOP to opt out.");
        await Assertions.Expect(card.Locator("[data-campaign-ready]")).ToBeVisibleAsync();
        await card.Locator("[data-campaign-submit]").ClickAsync();

        var campaign = page.Locator("[data-campaigns] [data-campaign]").Filter(new() { HasText = "Acme Plumbing LLC" });
        await Assertions.Expect(campaign.Locator("[data-registration-state]")).ToHaveAttributeAsync("data-registration-state", "Active", new() { Timeout = 20_000 });
        await Assertions.Expect(campaign.Locator("[data-campaign-limits]")).ToContainTextAsync("AT&T: 75 texts a minute (class T)");

        // Two new numbers, not registered yet: ticked in the number manager and assigned together.
        var phones = await BuyTwoNumbersAsync(app);
        await page.GotoAsync("/numbers");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        foreach (var phone in phones)
        {
            var row = page.Locator("tr").Filter(new() { Has = page.Locator($"[data-number='{phone}']") });
            await Assertions.Expect(row.Locator("[data-number-10dlc]")).ToHaveAttributeAsync("data-number-10dlc", "Not registered");
            await row.Locator("input[type=checkbox]").CheckAsync();
        }
        await Assertions.Expect(page.Locator("[data-selected-numbers]")).ToHaveAttributeAsync("data-selected-numbers", "2");
        await page.Locator("[data-assign-numbers]").ClickAsync();
        foreach (var phone in phones)
            await Assertions.Expect(page.Locator("tr").Filter(new() { Has = page.Locator($"[data-number='{phone}']") }).Locator("[data-number-10dlc]"))
                .ToHaveAttributeAsync("data-number-10dlc", "Registered", new() { Timeout = 15_000 });

        // A blast through them: 10 texts at 75 a minute finish in about 8 s, not the 4.5 s two numbers would take unlimited.
        await app.ContactsAsync(10, tag: "tendlc", first: 7301);
        var blastId = await app.BlastAsync("Acme Plumbing: our winter sale starts today. Reply STOP to opt out.", phones.ToArray(), new BlastAudience { Tags = ["tendlc"] });
        var started = await Eventually.ReturnsAsync(() => app.BlastRowAsync(blastId), b => b.StartedAt is not null && b.EstimatedFinishAt is not null);
        var estimate = (started.EstimatedFinishAt!.Value - started.StartedAt!.Value).TotalSeconds;
        Assert.InRange(estimate, 9 / 1.25 - 0.5, 9 / 1.25 + 0.5);
        await page.GotoAsync($"/text-center/blasts/{blastId}");
        await Assertions.Expect(page.Locator("[data-blast-finish]")).ToBeVisibleAsync();
        await app.CompletedAsync(blastId);

        // A campaign the carriers reject shows their reason.
        app.Services.GetRequiredService<SandboxRuntimeSettings>().TenDlcReview = TenDlcReviewSettings.Approving with { RejectCampaigns = true, RejectionReason = "Sample 2 does not name the brand." };
        await page.GotoAsync("/10dlc");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        await FillCampaignAsync(page, "Acme Plumbing texts appointment reminders to customers who booked a visit, a day before it.",
            "Acme Plumbing LLC: reminder, your plumber visits tomorrow at 9am. Reply STOP to opt out.",
            "Acme Plumbing LLC: your visit is confirmed for Friday 2pm. Reply STOP to opt out.");
        await ChooseAsync(page, card.Locator("[data-campaign-usecase]"), "Customer care");
        await Assertions.Expect(card.Locator("[data-campaign-ready]")).ToBeVisibleAsync();
        await card.Locator("[data-campaign-submit]").ClickAsync();
        var rejected = page.Locator("[data-campaigns] [data-campaign]").Filter(new() { HasText = "Customer care" });
        await Assertions.Expect(rejected.Locator("[data-registration-state]")).ToHaveAttributeAsync("data-registration-state", "Rejected", new() { Timeout = 20_000 });
        await Assertions.Expect(rejected.Locator("[data-campaign-reason]")).ToHaveTextAsync("Sample 2 does not name the brand.");

        // Fixed from what was submitted rather than written out again, and submitted as a new campaign.
        app.Services.GetRequiredService<SandboxRuntimeSettings>().TenDlcReview = TenDlcReviewSettings.Approving;
        await rejected.Locator("[data-campaign-write-again]").ClickAsync();
        await Assertions.Expect(page.Locator("#campaign-sample-1")).ToHaveValueAsync("Acme Plumbing LLC: reminder, your plumber visits tomorrow at 9am. Reply STOP to opt out.");
        await Assertions.Expect(page.Locator("#campaign-description")).ToBeFocusedAsync();
        await Assertions.Expect(card.Locator("[data-campaign-written-again]")).ToContainTextAsync("refused because: Sample 2 does not name the brand.");
        await page.FillAsync("#campaign-sample-2", "Acme Plumbing LLC: your visit on Friday at 2pm is confirmed. Reply STOP to opt out.");
        await card.Locator("[data-campaign-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-campaigns] [data-campaign]").Filter(new() { HasText = "Customer care" })).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-campaigns] [data-campaign]").Filter(new() { HasText = "Customer care" })
            .Locator("[data-registration-state='Active']")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
    }

    private static async Task FillCampaignAsync(IPage page, string description, string sample1, string sample2)
    {
        await page.FillAsync("#campaign-description", description);
        await page.FillAsync("#campaign-flow", "Customers opt in by checking a box on the booking form at acmeplumbing.com agreeing to receive texts.");
        await page.FillAsync("#campaign-sample-1", sample1);
        await page.FillAsync("#campaign-sample-2", sample2);
        await page.FillAsync("#campaign-help", "Acme Plumbing: for help call (312) 555-0100 or write to help@acmeplumbing.com.");
        await page.FillAsync("#campaign-stop", "Acme Plumbing: you are unsubscribed and will receive no more messages.");
    }

    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    private static async Task<List<string>> BuyTwoNumbersAsync(CrmAppFactory app)
    {
        var offers = (await app.WithServiceAsync<FindAvailableNumbers, FindAvailableNumbers.Result>(f => f.SearchAsync(new NumberSearch { State = "IL" }))).Numbers.Take(2).ToList();
        var order = await app.WithServiceAsync<BuyNumbers, BuyNumbers.Result>(b => b.BuyAsync(NumberBuyingApp.Admin, offers, "IL"));
        var phones = offers.Select(o => o.PhoneNumber).ToList();
        await Eventually.ReturnsAsync(() => app.WithDbAsync(db => db.CompanyNumbers.CountAsync(n => phones.Contains(n.PhoneNumber) && n.Status == NumberStatus.Active)), n => n == 2);
        Assert.Null(order.Error);
        return phones;
    }
}
