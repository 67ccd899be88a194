using System.Net;
using Bunit;
using Bunit.TestDoubles;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Webhooks;

/// <summary>An event whose handler keeps failing is retried, then shown as Failed; an admin processes it again.</summary>
public sealed class WebhookEventsPageTests(SignedWebhookApp app) : IClassFixture<SignedWebhookApp>, IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => context.DisposeAsync().AsTask();

    private IRenderedComponent<WebhookEventsPage> RenderPage(string address = "/webhooks/events")
    {
        context.Bunit.AddAuthorization().SetAuthorized(CrmAppFactory.AdminEmail).SetRoles(AppRoles.Admin);
        context.Bunit.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        context.Render<MudPopoverProvider>();
        var page = context.Render<WebhookEventsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-live-subscribed]")), Wait);
        return page;
    }

    private static string Row(string eventId) => $"tr:has([data-event-id='{eventId}'])";

    [Fact]
    public async Task A_failing_event_is_retried_then_shown_failed_and_process_again_applies_it_once_the_cause_is_fixed()
    {
        // A fresh message.sent for a message the CRM does not know (yet): its handler fails on every attempt.
        await app.PostSignedAsync(TelnyxEventJson.Outbound("evt-fail-1", "message.sent", "msg-unknown-1", "sent",
            occurredAt: DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz")));

        var failed = await app.SettledAsync("evt-fail-1");

        Assert.Equal(WebhookEventStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);
        var page = RenderPage("/webhooks/events?status=Failed");
        page.WaitForAssertion(() => Assert.NotNull(page.Find(Row("evt-fail-1"))), Wait);
        Assert.All(page.FindAll("[data-event-status]"), status => Assert.Equal("Failed", status.TextContent.Trim()));
        var row = page.Find(Row("evt-fail-1"));
        Assert.Equal("Failed", row.QuerySelector("[data-event-status]")!.TextContent.Trim());
        Assert.Equal("3", row.QuerySelector("[data-event-attempts]")!.TextContent);
        Assert.Contains("No message has Telnyx id msg-unknown-1", row.QuerySelector("[data-event-error]")!.TextContent);
        page.Find($"{Row("evt-fail-1")} td:first-child button").Click();
        page.WaitForAssertion(() => Assert.Contains("\"msg-unknown-1\"", page.Find("[data-event-payload]").TextContent), Wait);
        Assert.Contains("\"phone_number\": \"+13125550001\"", page.Find("[data-event-payload]").TextContent);

        await app.SeedOutboundAsync("msg-unknown-1");
        page.Find("button[data-process-again='evt-fail-1']").Click();
        // The Failed filter would hide the requeued event: the page shows all events to follow it.
        page.WaitForAssertion(() => Assert.Contains(page.Find("[data-status-filter=All]").ClassList, c => c.Contains("selected")), Wait);

        page.WaitForAssertion(() => Assert.Contains(context.Bunit.Services.GetRequiredService<ISnackbar>().ShownSnackbars,
            s => s.Message == "Event evt-fail-1 was queued to be processed again."), Wait);
        var processed = await app.SettledAsync("evt-fail-1");
        Assert.Equal(WebhookEventStatus.Processed, processed.Status);
        Assert.Null(processed.LastError);
        Assert.Equal("sent", (await app.MessageAsync("msg-unknown-1"))!.Status);

        // Processing tells the open pages; the page shows the outcome without being reloaded.
        Assert.Contains(app.Live.Pushes, p => p is { Topic: WebhookLiveEvents.Topic, Name: WebhookLiveEvents.Processed }
            && p.Data.Contains("\"evt-fail-1\"") && p.Data.Contains($"\"Status\":{(int)WebhookEventStatus.Processed}"));
        await app.Services.GetRequiredService<LiveFeed>().PublishAsync(WebhookLiveEvents.Topic, WebhookLiveEvents.Processed,
            new WebhookEventProcessed(processed.Id, processed.EventId, processed.EventType, processed.Status, processed.Attempts));
        page.WaitForAssertion(() => Assert.Equal("Processed", page.Find($"{Row("evt-fail-1")} [data-event-status]").TextContent.Trim()), Wait);
    }

    [Fact]
    public async Task Events_can_be_filtered_by_type()
    {
        await app.PostSignedAsync(TelnyxEventJson.Inbound("evt-type-in", "msg-type-in", "Hi"));
        await app.PostSignedAsync(TelnyxEventJson.Outbound("evt-type-out", "message.finalized", "msg-type-out", "delivered"));
        await app.SettledAsync("evt-type-in");
        await app.SettledAsync("evt-type-out");
        var page = RenderPage("/webhooks/events?type=message.received");

        page.WaitForAssertion(() => Assert.NotNull(page.Find(Row("evt-type-in"))), Wait);
        Assert.Empty(page.FindAll(Row("evt-type-out")));
    }

    [Fact]
    public async Task Only_admins_see_the_webhook_inbox()
    {
        await app.CreateUserAsync("staff@crm.test", "Staff-Passw0rd1", "Staff");
        var staff = await app.CreateBrowserLikeClient().SignedInAsync("staff@crm.test", "Staff-Passw0rd1");

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/webhooks/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAdminAsync()).GetAsync("/webhooks/events")).StatusCode);
        // Staff cannot follow the page's live topic either.
        var feed = app.Services.GetRequiredService<LiveFeed>();
        var staffUser = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Role, AppRoles.Staff)], "test"));
        Assert.Null(feed.Subscribe(staffUser, WebhookLiveEvents.Topic, _ => Task.CompletedTask));
    }

    [Fact]
    public async Task Process_again_cannot_be_triggered_by_a_posted_form()
    {
        await app.PostSignedAsync(TelnyxEventJson.Inbound("evt-csrf-1", "msg-csrf-1", "Hi"));
        await app.SettledAsync("evt-csrf-1");
        var id = (await app.EventsAsync("evt-csrf-1")).Single().Id;
        var admin = await app.SignedInAdminAsync();

        // Requeueing happens only on the signed-in page's circuit; the old form endpoint is gone.
        var response = await admin.PostAsync($"/webhooks/events/{id}/process-again", new FormUrlEncodedContent([]));

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal(WebhookEventStatus.Processed, (await app.EventsAsync("evt-csrf-1")).Single().Status);
    }

    [Fact]
    public async Task The_use_case_queues_an_event_again_and_says_when_there_is_none()
    {
        await app.PostSignedAsync(TelnyxEventJson.Inbound("evt-again-1", "msg-again-1", "Hi"));
        var settled = await app.SettledAsync("evt-again-1");

        bool queued, missing;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var again = scope.ServiceProvider.GetRequiredService<ProcessWebhookEventAgain>();
            queued = await again.RunAsync(settled.Id);
            missing = await again.RunAsync(long.MaxValue);
        }

        Assert.True(queued);
        Assert.False(missing);
        var reprocessed = await Eventually.ReturnsAsync(async () => (await app.EventsAsync("evt-again-1")).Single(),
            e => e is { Status: WebhookEventStatus.Processed, Attempts: 1 } && e.ProcessedAt > settled.ProcessedAt);
        Assert.Equal(1, await app.MessageCountAsync("msg-again-1"));
        Assert.NotNull(reprocessed);
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
