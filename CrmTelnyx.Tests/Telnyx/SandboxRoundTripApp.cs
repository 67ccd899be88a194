using System.Text.Json.Nodes;
using CrmTelnyx.Features.Webhooks;
using WebhookDeliveryLog = CrmTelnyx.Sandbox.Webhooks.WebhookDeliveryLog;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Telnyx;

/// <summary>
/// The app in Sandbox mode (no Telnyx:ApiKey) on real Kestrel, so the sandbox's signed webhooks travel over the
/// network into the app's own /webhooks/telnyx. Delays are short so a whole round trip takes well under a second.
/// </summary>
public sealed class SandboxRoundTripApp : IAsyncLifetime
{
    public CrmAppFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public Task InitializeAsync()
    {
        var settings = Factory.Settings;
        settings["Sandbox:MessageSentDelayMs"] = "50";
        settings["Sandbox:MessageFinalizedDelayMs"] = "150";
        settings["Sandbox:NumberOrderDelayMs"] = "50";
        settings["Sandbox:CallAnswerDelayMs"] = "100";
        // Long enough that the test, not the simulated callee, decides when an answered call ends.
        settings["Sandbox:CallDurationMs"] = "120000";
        settings["Sandbox:WebhookRetryDelayMs"] = "100";
        // A status event can beat SendSingleText storing Telnyx's id; its retry should come quickly.
        settings["Webhooks:RetryBaseDelay"] = "00:00:00.100";
        BaseUrl = Factory.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The inbox events of a type whose payload matches, as stored (only verified webhooks are stored).</summary>
    public Task<List<WebhookEvent>> InboxAsync(string eventType, Func<JsonNode, bool> payloadMatches) =>
        Factory.WithDbAsync(async db =>
        {
            var ofType = await db.Set<WebhookEvent>().AsNoTracking().Where(e => e.EventType == eventType).ToListAsync();
            return ofType.Where(e => payloadMatches(PayloadOf(e))).ToList();
        });

    /// <summary>Waits until an event of the type has arrived for the payload and the processor has applied it.</summary>
    public async Task<WebhookEvent> ProcessedAsync(string eventType, Func<JsonNode, bool> payloadMatches)
    {
        List<WebhookEvent> events;
        try
        {
            events = await Eventually.ReturnsAsync(
                () => InboxAsync(eventType, payloadMatches),
                found => found.Count > 0 && found.All(e => e.Status != WebhookEventStatus.Pending));
        }
        catch (TimeoutException)
        {
            // Say whether the webhook never came, was refused, or is stuck in the processor.
            var inbox = await InboxAsync(eventType, payloadMatches);
            throw new TimeoutException(
                $"{eventType} was not applied. In the inbox: [{string.Join("; ", inbox.Select(e => $"{e.Status} after {e.Attempts}: {e.LastError}"))}]. " +
                $"Sandbox deliveries: [{DescribeDeliveries()}]");
        }
        var only = Assert.Single(events);
        Assert.True(only.Status == WebhookEventStatus.Processed, $"{eventType} ended {only.Status}: {only.LastError}");
        return only;
    }

    public static JsonNode PayloadOf(WebhookEvent stored) => JsonNode.Parse(stored.Payload)!["data"]!["payload"]!;

    /// <summary>
    /// Every delivery the sandbox attempted went to the app's /webhooks/telnyx and was answered 2xx, i.e. none was
    /// refused (401) for its signature or timestamp.
    /// </summary>
    public void AssertEveryWebhookWasAccepted()
    {
        var deliveries = Factory.Services.GetRequiredService<WebhookDeliveryLog>().Latest;
        Assert.NotEmpty(deliveries);
        Assert.All(deliveries, d =>
        {
            Assert.Equal($"{BaseUrl}/webhooks/telnyx", d.Url);
            Assert.True(d.Delivered, $"{d.EventType} attempt {d.Attempt} was answered {d.Outcome}");
        });
    }

    private string DescribeDeliveries() => string.Join("; ", Factory.Services.GetRequiredService<WebhookDeliveryLog>().Latest
        .Select(d => $"{d.EventType} #{d.Attempt} to {d.Url}: {d.Outcome}"));

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
