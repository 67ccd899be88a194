using System.Text.RegularExpressions;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.Messages;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.TextCenter.Conversations;

/// <summary>
/// In Sandbox mode, as a new user: a contact's text appears in Conversations without a reload (count in the title), the
/// user answers it and sees it delivered, marks it done, the next text reopens it, and after STOP the reply box says why it is off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConversationsBrowserTests(BrowserFixture browser)
{
    private const string Person = "+14155550199";

    private async Task TextInAsync(string text)
    {
        var result = await browser.App.Services.GetRequiredService<SandboxRunner>()
            .RunAsync<ReceiveInboundText, ReceiveInboundText.Result>(r => r.ReceiveAsync(Person, "+13125550142", text));
        Assert.True(result.Accepted, result.Message);
    }

    [BrowserFact]
    public async Task A_reply_arrives_live_is_answered_marked_done_reopened_and_after_STOP_cannot_be_answered()
    {
        // The sync a real app runs at start (off in tests): the account's numbers are the company's, even when another
        // browser test on this app added a number of its own first.
        await browser.App.SyncNumbersAsync();
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Text Center" }).ClickAsync();
        // The Text Center's tab (the app bar's Conversations button is a link of that name too).
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Text Center" }).GetByRole(AriaRole.Link, new() { Name = "Conversations" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/text-center/conversations$"));
        await Assertions.Expect(page.Locator("[data-conversations][data-live-subscribed]")).ToHaveCountAsync(1);
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        await TextInAsync("Hi, do you deliver on Saturdays?");

        var item = page.Locator($"[data-conversation-phone='{Person}']");
        await Assertions.Expect(item).ToContainTextAsync("do you deliver on Saturdays?", new() { Timeout = 20_000 });
        await Assertions.Expect(item).ToHaveAttributeAsync("data-unread", "1");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex(@"^\(\d+\) Conversations"));
        await Assertions.Expect(page.Locator("[data-unread-conversations]")).Not.ToHaveAttributeAsync("data-unread-conversations", "0");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));

        // The search finds the thread as a person would type the number.
        var search = page.GetByRole(AriaRole.Textbox, new() { Name = "Search" });
        await search.FillAsync("415.555.0199");
        await Assertions.Expect(page.Locator("[data-conversation]")).ToHaveCountAsync(1);
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await search.FillAsync("");

        await item.ClickAsync();
        await Assertions.Expect(page.Locator("[data-thread-name]")).ToHaveTextAsync("(415) 555-0199");
        await Assertions.Expect(item).ToHaveAttributeAsync("data-unread", "0");
        await page.GetByLabel("Reply", new() { Exact = true }).FillAsync("Yes, 9 am to 1 pm.");
        await page.Locator("[data-reply-send]").ClickAsync();
        var reply = page.Locator("[data-thread-message][data-direction='Outbound']", new() { HasText = "Yes, 9 am to 1 pm." });
        await Assertions.Expect(reply.Locator("[data-thread-message-status]")).ToHaveAttributeAsync("data-thread-message-status", "delivered", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByLabel("Reply", new() { Exact = true })).ToHaveValueAsync("");

        await page.Locator("[data-thread-done]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-thread-is-done]")).ToBeVisibleAsync();
        await Assertions.Expect(item).ToHaveCountAsync(0);

        await TextInAsync("Great, see you then");
        await Assertions.Expect(item).ToContainTextAsync("see you then", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-thread-done]")).ToBeVisibleAsync();

        await TextInAsync("STOP");
        await Assertions.Expect(page.Locator("[data-reply-disabled-reason]")).ToContainTextAsync("opted out", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-consent]")).ToHaveAttributeAsync("data-consent", "OptedOut");
        await Assertions.Expect(page.GetByLabel("Reply", new() { Exact = true })).ToBeDisabledAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));

        // The chime is each person's choice, remembered in the browser.
        var sound = page.Locator("[data-conversation-sound]");
        await Assertions.Expect(sound).ToHaveAttributeAsync("data-conversation-sound", "on");
        var soundSwitch = page.GetByRole(AriaRole.Switch, new() { Name = "Sound" });
        await Assertions.Expect(soundSwitch).ToBeEnabledAsync();
        await soundSwitch.ClickAsync();
        await Assertions.Expect(sound).ToHaveAttributeAsync("data-conversation-sound", "off");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-conversations][data-live-subscribed]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-conversation-sound]")).ToHaveAttributeAsync("data-conversation-sound", "off");
    }
}
