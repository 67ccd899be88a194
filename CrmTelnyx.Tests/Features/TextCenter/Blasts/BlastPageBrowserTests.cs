using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>A manager follows a sending blast: finds it in the list, watches a delivery arrive live, reads why a text failed, pauses and cancels it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BlastPageBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task The_blast_page_shows_deliveries_live_failure_reasons_and_pauses_and_cancels()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var name = $"Spring sale {run}";
        var id = await BlastSeed.StartedAsync(browser.App, name, BlastStatus.Sending,
            new(MessageStatuses.Sent, $"b-{run}-1"), new(MessageStatuses.Sent, $"b-{run}-2"),
            new(MessageStatuses.DeliveryFailed, $"b-{run}-3", ErrorCode: "40010"), new(MessageStatuses.Pending), new(MessageStatuses.Pending));
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);

        await page.GotoAsync("/text-center/blasts");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await page.Locator($"[data-blast-link='{id}']").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("[data-blast-summary][data-live-subscribed]")).ToBeVisibleAsync();
        var delivered = page.Locator("[data-counter='Delivered'] [data-counter-value]");
        await Assertions.Expect(delivered).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("[data-counter='Queued'] [data-counter-value]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("[data-failure='40010'] [data-failure-words]")).ToContainTextAsync("Not 10DLC registered");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        // Telnyx (here: signed with the sandbox's key, as the sandbox sends them) reports the first text delivered.
        var signer = browser.App.Services.GetRequiredService<SandboxCredentials>().Signer;
        var body = TelnyxEventJson.Outbound($"evt-b-{run}", "message.finalized", $"b-{run}-1", "delivered", cost: "0.0070",
            occurredAt: DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz"));
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telnyx") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("telnyx-timestamp", timestamp);
        request.Headers.Add("telnyx-signature-ed25519", signer.Sign(timestamp, body));
        Assert.True((await http.SendAsync(request)).IsSuccessStatusCode);

        await Assertions.Expect(delivered).ToHaveTextAsync("1", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-blast-cost-so-far]")).ToContainTextAsync("$0.01");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));

        // Only the failed texts, each with its reason.
        await page.Locator("[data-counter='Failed']").ClickAsync();
        var rows = page.Locator("[data-blast-messages] tbody tr:has([data-message-status])");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Locator("[data-message-failure='40010']")).ToContainTextAsync("Not 10DLC registered");

        await page.Locator("[data-pause-blast]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-blast-summary] [data-blast-status]")).ToHaveTextAsync("Paused");
        await Assertions.Expect(page.Locator("[data-blast-last-action]")).ToContainTextAsync("Paused by");
        await Assertions.Expect(page.Locator("[data-blast-notice]")).ToContainTextAsync("nothing more is sent until you resume");

        await page.Locator("[data-cancel-blast]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancel blast" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-blast-summary] [data-blast-status]")).ToHaveTextAsync("Cancelled");
        await Assertions.Expect(page.Locator("[data-counter='Cancelled'] [data-counter-value]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("[data-counter='Queued'] [data-counter-value]")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("[data-blast-notice]")).ToContainTextAsync("2 texts not yet sent will not be sent");
        await Assertions.Expect(page.Locator("[data-export-blast]")).ToHaveAttributeAsync("href", $"/text-center/blasts/{id}/export");
    }
}
