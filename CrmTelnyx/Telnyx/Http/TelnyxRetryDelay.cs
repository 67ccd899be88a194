using System.Globalization;

namespace CrmTelnyx.Telnyx;

/// <summary>How long Telnyx asked us to wait: Retry-After (seconds or a date), else x-ratelimit-reset (seconds until reset).</summary>
public static class TelnyxRetryDelay
{
    public static TimeSpan? Requested(HttpResponseMessage? response, TimeProvider time)
    {
        if (response is null) return null;

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta) return NotNegative(delta);
            if (retryAfter.Date is { } date) return NotNegative(date - time.GetUtcNow());
        }

        if (response.Headers.TryGetValues("x-ratelimit-reset", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            // Some APIs send an epoch time here; a value that large cannot be "seconds until reset".
            if (seconds > 1_000_000_000) return NotNegative(DateTimeOffset.FromUnixTimeSeconds((long)seconds) - time.GetUtcNow());
            return NotNegative(TimeSpan.FromSeconds(seconds));
        }

        return null;
    }

    private static TimeSpan NotNegative(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
}
