using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Webhooks;

/// <summary>An admin finds a failed webhook event, fixes its cause, and processes it again from the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebhookEventsBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task The_webhook_events_page_shows_a_failed_event_and_Process_again_applies_it_live()
    {
        var telnyxId = "msg-browser-" + Guid.NewGuid().ToString("N")[..8];
        var eventId = "evt-browser-" + Guid.NewGuid().ToString("N")[..8];
        // What the processor leaves after its last attempt at a status event for a message it did not know.
        await browser.App.WithDbAsync(db =>
        {
            db.Add(new WebhookEvent
            {
                EventId = eventId, EventType = "message.sent", ReceivedAt = DateTimeOffset.UtcNow,
                Payload = TelnyxEventJson.Outbound(eventId, "message.sent", telnyxId, "sent", occurredAt: DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz")),
                Status = WebhookEventStatus.Failed, Attempts = 8, LastError = $"InvalidOperationException: No message has Telnyx id {telnyxId}",
            });
            return db.SaveChangesAsync();
        });
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);

        await page.GotoAsync("/webhooks/events?status=Failed");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        var row = page.Locator("[data-webhook-events] tr", new() { Has = page.Locator($"[data-event-id='{eventId}']") });
        await Assertions.Expect(row.Locator("[data-event-status]")).ToHaveTextAsync("Failed");
        await Assertions.Expect(row.Locator("[data-event-error]")).ToContainTextAsync(telnyxId);

        // The cause is fixed: the message exists now.
        await browser.App.WithDbAsync(db =>
        {
            db.Add(new Message { TelnyxMessageId = telnyxId, From = "+13125550001", To = "+13125550002", Text = "Hello", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        await row.GetByRole(AriaRole.Button, new() { Name = "Process again" }).ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"Event {eventId} was queued to be processed again.");
        // The Failed filter would hide it now; the page switches to all events so its outcome shows.
        await Assertions.Expect(row.Locator("[data-event-status]")).ToHaveTextAsync("Processed", new() { Timeout = 20_000 });
        await Assertions.Expect(row.Locator("[data-event-attempts]")).ToHaveTextAsync("1");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
    }
}
