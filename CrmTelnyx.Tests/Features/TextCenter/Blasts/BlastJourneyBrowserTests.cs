using System.Text.RegularExpressions;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using CrmTelnyx.Tests.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>
/// The app on Kestrel with the clock moved to a weekday noon in Chicago (time still flows), so the blast is inside
/// every recipient's quiet-hours window whenever the tests run, and the sandbox answers quickly.
/// </summary>
public sealed class BlastJourneyFixture() : BrowserFixture(BlastApp.Configure(new CrmAppFactory(), new ShiftedClock(ShiftedClock.WeekdayNoonInChicago)));

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BlastJourneyCollection : ICollectionFixture<BlastJourneyFixture>
{
    public const string Name = "Blast journey";
}

/// <summary>
/// Issue 10's journey, as a new user does it in sandbox mode: compose a blast to a tag, see the estimate change when
/// the text gains an emoji, send it, watch statuses turn delivered live, read why one number failed, have a contact
/// text STOP on the sandbox page and see them left out of the next blast, and answer a reply in Conversations.
/// </summary>
[Collection(BlastJourneyCollection.Name)]
public sealed class BlastJourneyBrowserTests(BlastJourneyFixture browser)
{
    // One of the sandbox account's messaging numbers.
    private const string Sender = BlastApp.SenderA;
    private const string Ann = "+13125557001";
    private const string Bob = "+13125557002";
    // Ends in 0000: the sandbox reports it undeliverable (40008), as a dead number would be.
    private const string Dead = "+13125550000";

    [BrowserFact]
    public async Task A_blast_is_composed_sent_followed_live_and_a_STOP_leaves_its_sender_out_of_the_next_one()
    {
        await browser.ExplainingFailuresAsync(JourneyAsync);
    }

    private async Task JourneyAsync()
    {
        var app = browser.App;
        await app.AddNumberAsync(Sender, n => n.State = "IL");
        await app.RatesAsync();
        await app.ContactsAsync(2, tag: "journey", first: 7001);
        await app.ContactsAsync(1, tag: "journey", first: 0);

        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GotoAsync("/text-center/blasts/new");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        await ChooseTagAsync(page);
        await Assertions.Expect(page.Locator("[data-recipients]")).ToHaveTextAsync("3");

        await page.Locator("#blast-name").FillAsync("Journey");
        // 80-odd characters: one part in GSM-7, two once an emoji makes it UCS-2 (70 a part).
        var words = "Hi {firstName|there}, our winter sale starts today with 20% off everything in store.";
        await page.Locator("#blast-text").FillAsync(words);
        await Assertions.Expect(page.Locator("[data-figure=encoding]")).ToContainTextAsync("GSM-7");
        var plain = await SummaryAsync(page, "3 messages, 3 parts");
        await page.Locator("#blast-text").FillAsync(words + " ❄️");
        await Assertions.Expect(page.Locator("[data-figure=encoding]")).ToContainTextAsync("UCS-2");
        await Assertions.Expect(page.Locator("[data-ucs2-characters]")).ToContainTextAsync("❄");
        var withEmoji = await SummaryAsync(page, "3 messages, 6 parts");
        Assert.Contains("finishes", withEmoji);
        Assert.NotEqual(Cost(plain), Cost(withEmoji));

        await page.Locator("[data-send-blast]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Send now" }).ClickAsync();
        // The address, not a navigation event: Blazor moves within the page, and waiting for that event's "load" once
        // timed out with the blast page already showing.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/text-center/blasts/\d+$"));
        await Assertions.Expect(page.Locator("[data-blast-summary][data-live-subscribed]")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        // Sent through the sandbox; its signed webhooks turn the counters without a reload.
        await Assertions.Expect(page.Locator("[data-counter='Delivered'] [data-counter-value]")).ToHaveTextAsync("2", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-counter='Failed'] [data-counter-value]")).ToHaveTextAsync("1", new() { Timeout = 60_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await page.Locator("[data-counter='Failed']").ClickAsync();
        var failed = page.Locator("[data-blast-messages] tbody tr:has([data-message-status])");
        await Assertions.Expect(failed).ToHaveCountAsync(1);
        await Assertions.Expect(failed.Locator("[data-message-failure='40008']")).ToContainTextAsync("Undeliverable");
        var atSandbox = await app.AtSandboxAsync();
        Assert.Equal(1, atSandbox.Count(m => m.To == Ann));

        // Ann texts STOP from the sandbox page: the next blast to the tag leaves her out, and says why.
        await page.GotoAsync("/sandbox");
        await SandboxPageDriver.ContactTextsKeywordAsync(page, Ann, "STOP");
        // The STOP reaches the app as Telnyx's signed webhook, applied in the background.
        await Eventually.ReturnsAsync(() => app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == Ann)), optedOut => optedOut, TimeSpan.FromSeconds(60));
        await page.GotoAsync("/text-center/blasts/new");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        await ChooseTagAsync(page);
        await Assertions.Expect(page.Locator("[data-recipients]")).ToHaveTextAsync("2", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-suppressed-opted-out]")).ToHaveAttributeAsync("data-suppressed-opted-out", "1");

        // Bob answers the blast; the reply is answered from Conversations, from the number he texted.
        var inbound = await app.Services.GetRequiredService<CrmTelnyx.Sandbox.Control.SandboxRunner>()
            .RunAsync<CrmTelnyx.Sandbox.Messages.ReceiveInboundText, CrmTelnyx.Sandbox.Messages.ReceiveInboundText.Result>(
                r => r.ReceiveAsync(Bob, Sender, "Is the sale on Sunday too?"));
        Assert.True(inbound.Accepted, inbound.Message);
        await page.GotoAsync("/text-center/conversations");
        var thread = page.Locator($"[data-conversation-phone='{Bob}']");
        await Assertions.Expect(thread).ToContainTextAsync("Sunday too?", new() { Timeout = 60_000 });
        await thread.ClickAsync();
        await page.GetByLabel("Reply", new() { Exact = true }).FillAsync("Yes, Sunday 10 to 4.");
        await page.Locator("[data-reply-send]").ClickAsync();
        var reply = page.Locator("[data-thread-message][data-direction='Outbound']", new() { HasText = "Yes, Sunday 10 to 4." });
        await Assertions.Expect(reply.Locator("[data-thread-message-status]")).ToHaveAttributeAsync("data-thread-message-status", "delivered", new() { Timeout = 60_000 });
        var sent = await app.WithDbAsync(db => db.Messages.AsNoTracking().SingleAsync(m => m.Text == "Yes, Sunday 10 to 4."));
        Assert.Equal((Sender, Bob), (sent.From, sent.To));
    }

    private static string Cost(string summary) => Regex.Match(summary, @"\$[0-9.,]+").Value;

    private static Task ChooseTagAsync(IPage page) => MudSelectDriver.TickAsync(page, page.Locator("[data-audience-tags]"), "journey");

    /// <summary>The pre-send summary once it shows <paramref name="expected"/> ("3 messages, 6 parts, about $0.04, finishes …").</summary>
    private static async Task<string> SummaryAsync(IPage page, string expected)
    {
        var summary = page.Locator("[data-presend-summary]");
        await Assertions.Expect(summary).ToContainTextAsync(expected);
        return (await summary.TextContentAsync())!;
    }
}
