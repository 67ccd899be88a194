using System.Text.RegularExpressions;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Calls;

/// <summary>
/// In Sandbox mode, as a new agent would: set their own phone, call a number with "call my phone first", watch the
/// panel go ringing → answered, put the contact on hold and back, record, hang up, and see the call end with its talk time, cost and a recording that plays,
/// then note a disposition.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CallJourneyBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public Task An_agent_calls_through_their_own_phone_follows_the_call_live_hangs_up_and_wraps_it_up() => browser.ExplainingFailuresAsync(async () =>
    {
        await browser.App.SyncNumbersAsync();
        // Long enough that the agent, not the far end, ends the call.
        browser.App.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 120_000;
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/calls$"));

        // A new user has no phone of their own on file yet: the dialer asks for it first.
        await page.GetByLabel("Your phone").FillAsync("(312) 555-0177");
        await page.Locator("[data-save-agent-phone]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-agent-phone-shown]")).ToContainTextAsync("(312) 555-0177");

        await page.GetByLabel("Number to call").FillAsync("312-555-0123");
        await page.Locator("[data-place-call]").ClickAsync();

        var panel = page.Locator("[data-call-panel]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/calls\?call=\d+$"));
        await Assertions.Expect(panel.Locator("[data-call-step='ringing']")).ToHaveClassAsync(new Regex("crm-call-steps__done"), new() { Timeout = 20_000 });
        await Assertions.Expect(panel.Locator("[data-call-phase]")).ToHaveTextAsync("Connected", new() { Timeout = 20_000 });
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-call-status", "answered");

        // Hold plays music to the contact; the panel says so once Telnyx reports it playing, and Resume ends it.
        await panel.Locator("[data-call-hold]").ClickAsync();
        await Assertions.Expect(panel.Locator("[data-call-phase]")).ToHaveTextAsync("On hold", new() { Timeout = 20_000 });
        await Assertions.Expect(panel.Locator("[data-call-on-hold]")).ToContainTextAsync("hold music");
        await panel.Locator("[data-call-resume]").ClickAsync();
        await Assertions.Expect(panel.Locator("[data-call-phase]")).ToHaveTextAsync("Connected", new() { Timeout = 20_000 });
        await Assertions.Expect(panel.Locator("[data-call-hold]")).ToBeVisibleAsync();

        await panel.Locator("[data-call-record]").ClickAsync();
        await Assertions.Expect(panel.Locator("[data-call-record-stop]")).ToBeVisibleAsync();
        await panel.Locator("[data-call-hangup]").ClickAsync();

        await Assertions.Expect(panel.Locator("[data-call-phase]")).ToHaveTextAsync("Call ended", new() { Timeout = 20_000 });
        await Assertions.Expect(panel.Locator("[data-call-duration]")).ToHaveTextAsync(new Regex(@"^\d+:\d\d$"));
        await Assertions.Expect(panel.Locator("[data-call-cost]")).ToHaveTextAsync(new Regex(@"^\$\d+\.\d{4}$"), new() { Timeout = 20_000 });

        // The recording is copied into the app's storage and plays in the browser, with seeking.
        var player = panel.Locator("[data-recording-player]");
        await Assertions.Expect(player).ToHaveAttributeAsync("data-recording-status", "stored", new() { Timeout = 20_000 });
        var duration = await player.Locator("audio").EvaluateAsync<double>(
            "a => new Promise(done => a.readyState >= 1 ? done(a.duration) : a.addEventListener('loadedmetadata', () => done(a.duration)))");
        Assert.True(duration > 0, $"the recording's length as the browser reads it: {duration}");
        Assert.True(await player.Locator("audio").EvaluateAsync<bool>("a => a.seekable.length > 0 && a.seekable.end(0) > 0"), "the player can seek");

        await panel.Locator("[data-call-disposition]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Call back later" }).ClickAsync();
        await page.GetByLabel("Notes").FillAsync("Wants a quote on Friday.");
        await panel.Locator("[data-call-save-wrapup]").ClickAsync();
        await Assertions.Expect(page.GetByText("Saved with the call.")).ToBeVisibleAsync();
    });
}
