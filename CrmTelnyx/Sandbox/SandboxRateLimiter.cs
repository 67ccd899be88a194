using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox;

/// <summary>A fixed-window request budget per account, as Telnyx enforces with 429 and x-ratelimit-* headers.</summary>
public sealed class SandboxRateLimiter(IOptions<SandboxOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int used;

    public sealed record Decision(bool Allowed, int Limit, int Remaining, int ResetSeconds);

    public Decision Take()
    {
        var window = TimeSpan.FromSeconds(options.Value.RateLimitWindowSeconds);
        var limit = options.Value.RequestsPerWindow;
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (now - windowStart >= window)
            {
                windowStart = now;
                used = 0;
            }
            var reset = Math.Max(1, (int)Math.Ceiling((windowStart + window - now).TotalSeconds));
            if (used >= limit) return new Decision(false, limit, 0, reset);
            used++;
            return new Decision(true, limit, limit - used, reset);
        }
    }
}
