namespace CrmTelnyx.Features.Webhooks;

/// <summary>When a failed event is tried next: base × 2^(failures − 1), capped.</summary>
public static class WebhookRetrySchedule
{
    public static TimeSpan DelayAfter(int failedAttempts, WebhookOptions options)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, exponent);
        return TimeSpan.FromMilliseconds(Math.Min(delay, options.MaxRetryDelay.TotalMilliseconds));
    }
}
