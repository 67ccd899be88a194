using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Webhooks;

/// <summary>Queues an event for delivery and retries it with doubling waits while the receiver does not answer 2xx.</summary>
public sealed class WebhookPublisher(
    SandboxScheduler scheduler, SandboxRuntimeSettings runtime, WebhookDeliveryLog log, IOptions<SandboxOptions> options, TimeProvider time)
{
    public const string LostOnPurpose = "lost on purpose";

    public void Publish(string eventType, object payload, string url, TimeSpan delay = default, string? failoverUrl = null)
    {
        if (runtime.TryLoseWebhook(eventType))
        {
            // As a webhook lost on the way: the app never hears of it; only Telnyx's records (detail records, GET) know.
            log.Add(new WebhookDeliveryLog.Entry(time.GetUtcNow(), eventType, url, 0, LostOnPurpose, Delivered: false));
            return;
        }
        var webhook = new WebhookEvent(Guid.NewGuid(), eventType, time.GetUtcNow().UtcDateTime + delay,
            JsonSerializer.SerializeToNode(payload, SandboxJson.Options)!, url, string.IsNullOrWhiteSpace(failoverUrl) || failoverUrl == url ? null : failoverUrl);
        ScheduleAttempt(webhook, 1, delay);
    }

    private void ScheduleAttempt(WebhookEvent webhook, int attempt, TimeSpan delay) =>
        scheduler.Schedule(delay, $"{webhook.EventType} attempt {attempt}", async (services, ct) =>
        {
            var delivered = await services.GetRequiredService<WebhookSender>().SendAsync(webhook, attempt, ct);
            if (delivered) return;
            var wait = TimeSpan.FromMilliseconds(options.Value.WebhookRetryDelayMs * Math.Pow(2, attempt - 1));
            if (attempt < options.Value.WebhookAttempts) ScheduleAttempt(webhook, attempt + 1, wait);
            else if (webhook.FailoverUrl is not null) ScheduleAttempt(webhook with { Url = webhook.FailoverUrl, FailoverUrl = null }, 1, wait);
        });
}
