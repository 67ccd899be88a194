using System.Text.RegularExpressions;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>In Sandbox mode, as a new user: send a text and watch it delivered; a contact replies STOP and can no longer be texted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TextCenterBrowserTests(BrowserFixture browser)
{
    private static ILocator Row(IPage page, string text) => page.Locator("[data-recent-messages] tr", new() { HasText = text });

    [BrowserFact]
    public async Task A_text_sent_from_the_Text_Center_turns_delivered_live_and_a_STOP_reply_blocks_the_next_one()
    {
        // The sync a real app runs at start (off in tests): the account's numbers are the company's, even when another
        // browser test on this app added a number of its own first.
        await browser.App.SyncNumbersAsync();
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        // A click on the start page before its circuit is up can be lost.
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Text Center" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/text-center$"));
        await Assertions.Expect(page.Locator("[data-from]")).ToHaveAttributeAsync("data-from", new Regex(@"^\+1\d{10}$"));
        var from = (await page.Locator("[data-from]").GetAttributeAsync("data-from"))!;

        await page.GetByLabel("To", new() { Exact = true }).FillAsync("(415) 555-0142");
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("Your order is ready for pickup.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-text-sent]")).ToContainTextAsync("(415) 555-0142");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        // Delivery arrives through the sandbox's signed webhooks and the live feed; the page does not reload.
        var status = Row(page, "Your order is ready").Locator("[data-message-status]");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-message-status", "delivered", new() { Timeout = 20_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));

        // The contact answers STOP from the sandbox's control page.
        await page.GotoAsync("/sandbox");
        await CrmTelnyx.Tests.Sandbox.SandboxPageDriver.ContactTextsKeywordAsync(page, "+14155550142", "STOP", ourNumber: from);
        await Assertions.Expect(page.Locator("[data-sandbox-messages]")).ToContainTextAsync("STOP");

        await page.GotoAsync("/text-center");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        // The STOP itself (the app's opt-out confirmation, refused by the sandbox's block, mentions STOP too).
        var stop = page.Locator("[data-recent-messages] tr", new() { Has = page.Locator(".crm-message-text", new() { HasTextRegex = new Regex("^STOP$") }) });
        await Assertions.Expect(stop.Filter(new() { HasText = "(415) 555-0142" })).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("(415) 555-0142");
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("One more thing!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-text-error]")).ToContainTextAsync("opted out");
        await Assertions.Expect(Row(page, "One more thing")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Messages_that_arrived_while_the_page_was_not_listening_show_once_it_listens()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        // Hold the page's circuit back: the page is served (prerendered) but does not listen to the live feed yet.
        var listen = new TaskCompletionSource();
        await page.RouteAsync(new Regex("/_blazor/negotiate"), async route =>
        {
            await listen.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync("/text-center");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        var missed = Row(page, "Sent while you were offline");

        // Stored without a live event reaching this page, as when it arrives while the page is not listening.
        await browser.App.WithDbAsync(db =>
        {
            db.Add(new Message
            {
                Direction = MessageDirection.Inbound, From = "+13125550123", To = "+13125550141", Text = "Sent while you were offline",
                Status = "webhook_delivered", CreatedAt = DateTimeOffset.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        await Assertions.Expect(missed).ToHaveCountAsync(0);
        listen.SetResult();

        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await Assertions.Expect(page.Locator("[data-live-topic='messages'][data-live-subscribed]")).ToHaveCountAsync(1);
        await Assertions.Expect(missed).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
    }
}
