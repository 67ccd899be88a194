using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>In Sandbox mode, as a new user: send a text and watch it delivered; a contact replies STOP and can no longer be texted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TextCenterBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_text_sent_from_the_Text_Center_turns_delivered_live_and_a_STOP_reply_blocks_the_next_one()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Text Center" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        var from = await page.Locator("#from").InputValueAsync();
        Assert.StartsWith("+1", from);

        await page.GetByLabel("To", new() { Exact = true }).FillAsync("(415) 555-0142");
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("Your order is ready for pickup.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-text-sent]")).ToContainTextAsync("(415) 555-0142");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        // Delivery arrives through the sandbox's signed webhooks and the live channel; the page does not reload.
        var row = page.Locator("[data-recent-messages] tr", new() { HasText = "Your order is ready" });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-message-status", "delivered", new() { Timeout = 20_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));

        // The contact answers STOP from the sandbox's control page.
        await page.GotoAsync("/sandbox");
        await CrmTelnyx.Tests.Sandbox.SandboxPageDriver.ContactTextsKeywordAsync(page, "+14155550142", "STOP", ourNumber: from);
        await Assertions.Expect(page.Locator("[data-sandbox-messages]")).ToContainTextAsync("STOP");

        await page.GotoAsync("/text-center");
        await Assertions.Expect(page.Locator("[data-recent-messages] tr", new() { HasText = "STOP" })).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("(415) 555-0142");
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("One more thing!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-text-error]")).ToContainTextAsync("opted out");
        await Assertions.Expect(page.Locator("[data-recent-messages] tr", new() { HasText = "One more thing" })).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Messages_that_arrived_while_the_page_was_not_listening_show_once_it_listens_again()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GotoAsync("/text-center");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        // Subscribed, and the reload that follows subscribing is done.
        await Assertions.Expect(page.Locator("[data-live-topic='messages'][data-live-subscribed]")).ToHaveCountAsync(1);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var missed = page.Locator("[data-recent-messages] tr", new() { HasText = "Sent while you were offline" });

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
        await page.EvaluateAsync("() => window.crmLive.connection.stop()");

        await Assertions.Expect(missed).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
    }
}
