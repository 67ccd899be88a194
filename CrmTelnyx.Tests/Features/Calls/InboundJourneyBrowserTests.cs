using System.Text.RegularExpressions;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Identity;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Calls;

/// <summary>
/// In Sandbox mode, as people would: an agent marks themselves available and a call from the sandbox page reaches
/// them (their screen shows who is calling, and the call is theirs); the admin closes the number's hours and uploads a
/// recorded greeting, the next call hears it and goes to voicemail, which appears live on the agent's Calls tab and in the app bar, plays, and is marked read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InboundJourneyBrowserTests(BrowserFixture browser)
{
    private const string AgentEmail = "inbound-agent@crm.test", AgentPassword = "Inbound-Agent-2026";
    private const string Caller = "+14155550142";

    [BrowserFact]
    public Task A_call_reaches_the_available_agent_and_after_hours_one_leaves_a_voicemail_that_appears_live() => browser.ExplainingFailuresAsync(async () =>
    {
        await browser.App.SyncNumbersAsync();
        browser.App.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 3_000;
        await browser.App.CreateUserAsync(AgentEmail, AgentPassword, AppRoles.Agent);
        var company = SandboxAccount.SeedNumbers[2];
        var numberId = await browser.App.WithDbAsync(db => db.CompanyNumbers.Where(n => n.PhoneNumber == company).Select(n => n.Id).SingleAsync());

        // The agent sets their phone and switches to available.
        var agent = await browser.SignedInPageAsync(AgentEmail, AgentPassword);
        await Assertions.Expect(agent.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await agent.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        await agent.GetByLabel("Your phone").FillAsync("(312) 555-0174");
        await agent.Locator("[data-save-agent-phone]").ClickAsync();
        await Assertions.Expect(agent.Locator("[data-agent-phone-shown]")).ToBeVisibleAsync();
        await agent.GetByRole(AriaRole.Switch, new() { Name = "Available for calls" }).CheckAsync();
        await Assertions.Expect(agent.Locator("[data-availability]")).ToHaveAttributeAsync("data-availability", "on");

        // A contact calls in from the sandbox page.
        var admin = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await CallInAsync(admin, company);

        var alert = agent.Locator("[data-incoming-call]");
        await Assertions.Expect(alert).ToContainTextAsync("(415) 555-0142", new() { Timeout = 20_000 });
        await alert.GetByRole(AriaRole.Link, new() { Name = "Open the call" }).ClickAsync();
        var panel = agent.Locator("[data-call-panel]");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-call-status", new Regex("answered|ended"), new() { Timeout = 20_000 });
        await Assertions.Expect(panel.Locator("[data-call-phase]")).ToHaveTextAsync("Call ended", new() { Timeout = 20_000 });

        // The admin closes the number (open one minute a week, not now), and the next call goes to voicemail.
        await admin.GotoAsync($"/numbers/{numberId}");
        // Typed before the page is live, the text would be lost when it becomes interactive.
        await Assertions.Expect(admin.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        var route = admin.Locator("[data-inbound-route]");
        var closedDay = DateTime.UtcNow.AddDays(3).DayOfWeek.ToString()[..3];
        await route.GetByLabel("Open hours").FillAsync($"{closedDay} 03:00-03:01");
        await route.GetByLabel("Time zone").FillAsync("UTC");
        await route.Locator("[data-route-save]").ClickAsync();
        await Assertions.Expect(admin.GetByText("Call routing saved")).ToBeVisibleAsync();
        await Assertions.Expect(route.GetByLabel("Open hours")).ToHaveValueAsync($"{closedDay} 03:00-03:01");

        // The admin uploads a recorded greeting, and can listen to it on the card.
        await route.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "Our greeting.wav", MimeType = "audio/wav", Buffer = HoldMusic.Wav });
        await Assertions.Expect(admin.GetByText("Recorded greeting saved")).ToBeVisibleAsync();
        var greeting = route.Locator("[data-route-greeting-audio] [data-uploaded-audio]");
        await Assertions.Expect(greeting).ToContainTextAsync("Our greeting.wav");
        var greetingLength = await greeting.Locator("audio").EvaluateAsync<double>(
            "a => new Promise(done => { a.preload = 'metadata'; a.readyState >= 1 ? done(a.duration) : a.addEventListener('loadedmetadata', () => done(a.duration)); a.load(); })");
        Assert.True(greetingLength > 7, $"the greeting's length as the browser reads it: {greetingLength}");
        var greetingFile = await greeting.GetAttributeAsync("data-uploaded-file");

        await CallInAsync(admin, company);

        var voicemail = agent.Locator("[data-voicemail]").First;
        await Assertions.Expect(voicemail).ToContainTextAsync("(415) 555-0142", new() { Timeout = 30_000 });
        await Assertions.Expect(voicemail).ToHaveAttributeAsync("data-voicemail-read", "false");
        await Assertions.Expect(agent.Locator("[data-voicemail-unread]")).ToHaveAttributeAsync("data-voicemail-unread", "1");
        var player = voicemail.Locator("[data-recording-player]");
        await Assertions.Expect(player).ToHaveAttributeAsync("data-recording-status", "stored", new() { Timeout = 20_000 });
        var duration = await player.Locator("audio").EvaluateAsync<double>(
            "a => new Promise(done => a.readyState >= 1 ? done(a.duration) : a.addEventListener('loadedmetadata', () => done(a.duration)))");
        Assert.True(duration > 0, $"the voicemail's length as the browser reads it: {duration}");

        // The caller heard the uploaded recording (Telnyx played it from its link) before the tone.
        var played = await CallPlayedAudio.PayloadsAsync(browser.App, "call.playback.ended");
        Assert.Contains(played, p => p.Contains($"/call-audio/uploads/{greetingFile}") && p.Contains("\"completed\""));

        await voicemail.Locator("[data-voicemail-toggle-read]").ClickAsync();
        await Assertions.Expect(voicemail).ToHaveAttributeAsync("data-voicemail-read", "true");
        await Assertions.Expect(agent.Locator("[data-voicemail-unread]")).ToHaveAttributeAsync("data-voicemail-unread", "0");

        // The agent goes off duty, so other tests' calls on this shared app ring nobody.
        await agent.GetByRole(AriaRole.Switch, new() { Name = "Available for calls" }).UncheckAsync();
        await Assertions.Expect(agent.Locator("[data-availability]")).ToHaveAttributeAsync("data-availability", "off");
    });

    private static async Task CallInAsync(IPage admin, string company)
    {
        await admin.GotoAsync("/sandbox");
        await CrmTelnyx.Tests.Sandbox.SandboxPageDriver.WaitUntilInteractiveAsync(admin);
        var card = admin.Locator("[data-sandbox-card='call-in']");
        await card.GetByLabel("Caller's number").FillAsync(Caller);
        await card.GetByLabel("Our number").ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item", new() { HasText = company }).ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await card.GetByRole(AriaRole.Button, new() { Name = "Call in" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-sandbox-notice]", new() { HasText = $"{Caller} is calling" }).Last).ToBeVisibleAsync();
    }
}
