using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>How received webhooks are applied (Webhooks:*).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Attempts before an event is marked Failed (it stays visible, and can be processed again).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the first failure; doubles with each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the processor looks for due events when nothing wakes it.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Telnyx's signed timestamp may differ from our clock by at most this much (Telnyx's SDKs use 300 s).</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromSeconds(300);
}
