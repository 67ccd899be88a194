using System.Net;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Webhooks;

/// <summary>An event whose handler keeps failing is retried, then shown as Failed; an admin processes it again.</summary>
public sealed class WebhookEventsPageTests(SignedWebhookApp app) : IClassFixture<SignedWebhookApp>
{
    private Task<HttpClient> AdminAsync() =>
        app.SignedInAdminAsync();

    [Fact]
    public async Task A_failing_event_is_retried_then_shown_failed_and_process_again_applies_it_once_the_cause_is_fixed()
    {
        // A fresh message.sent for a message the CRM does not know (yet): its handler fails on every attempt.
        await app.PostSignedAsync(TelnyxEventJson.Outbound("evt-fail-1", "message.sent", "msg-unknown-1", "sent",
            occurredAt: DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz")));

        var failed = await app.SettledAsync("evt-fail-1");

        Assert.Equal(WebhookEventStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);
        var admin = await AdminAsync();
        var page = await (await admin.GetAsync("/webhooks/events?status=Failed")).ReadHtmlAsync();
        var row = page.QuerySelector("tr[data-event-id='evt-fail-1']")!;
        Assert.Equal("Failed", row.QuerySelector("[data-event-status]")!.TextContent);
        Assert.Equal("3", row.QuerySelector("[data-event-attempts]")!.TextContent);
        Assert.Contains("No message has Telnyx id msg-unknown-1", row.QuerySelector("[data-event-error]")!.TextContent);
        Assert.Contains("\"msg-unknown-1\"", page.VisibleText());

        await app.SeedOutboundAsync("msg-unknown-1");
        var requeue = await admin.PostFormAsync(row.QuerySelector("form[data-process-again]")!, "/webhooks/events", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, requeue.StatusCode);
        var processed = await app.SettledAsync("evt-fail-1");
        Assert.Equal(WebhookEventStatus.Processed, processed.Status);
        Assert.Null(processed.LastError);
        Assert.Equal("sent", (await app.MessageAsync("msg-unknown-1"))!.Status);
        var after = await (await admin.GetAsync(requeue.Headers.Location!.OriginalString)).ReadHtmlAsync();
        Assert.NotNull(after.QuerySelector("[data-requeued]"));
        Assert.Equal("Processed", after.QuerySelector("tr[data-event-id='evt-fail-1'] [data-event-status]")!.TextContent);
    }

    [Fact]
    public async Task Only_admins_see_the_webhook_inbox()
    {
        await app.CreateUserAsync("staff@crm.test", "Staff-Passw0rd1", "Staff");
        var staff = await app.CreateBrowserLikeClient().SignedInAsync("staff@crm.test", "Staff-Passw0rd1");

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/webhooks/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await AdminAsync()).GetAsync("/webhooks/events")).StatusCode);
    }

    [Fact]
    public async Task Process_again_without_the_antiforgery_token_is_refused()
    {
        await app.PostSignedAsync(TelnyxEventJson.Inbound("evt-csrf-1", "msg-csrf-1", "Hi"));
        await app.SettledAsync("evt-csrf-1");
        var id = (await app.EventsAsync("evt-csrf-1")).Single().Id;
        var admin = await AdminAsync();

        var response = await admin.PostAsync($"/webhooks/events/{id}/process-again", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(WebhookEventStatus.Processed, (await app.EventsAsync("evt-csrf-1")).Single().Status);
    }

    [Fact]
    public async Task A_status_event_for_a_message_sent_outside_this_app_is_set_aside_without_retries()
    {
        await app.PostSignedAsync(TelnyxEventJson.Outbound("evt-foreign-1", "message.finalized", "msg-foreign-1", "delivered"));

        var settled = await app.SettledAsync("evt-foreign-1");

        Assert.Equal(WebhookEventStatus.Processed, settled.Status);
        Assert.Equal(1, settled.Attempts);
        Assert.Null(await app.MessageAsync("msg-foreign-1"));
    }
}
