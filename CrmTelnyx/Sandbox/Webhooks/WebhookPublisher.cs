using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Webhooks;

/// <summary>Queues an event for delivery and retries it with doubling waits while the receiver does not answer 2xx.</summary>
public sealed class WebhookPublisher(SandboxScheduler scheduler, IOptions<SandboxOptions> options, TimeProvider time)
{
    public void Publish(string eventType, object payload, string url, TimeSpan delay = default, string? failoverUrl = null)
    {
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
