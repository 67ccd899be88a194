using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Sandbox;

/// <summary>How the built-in Telnyx simulator behaves; the control page can change the delays while it runs.</summary>
public sealed class SandboxOptions : IValidatableObject
{
    public const string Section = "Sandbox";

    /// <summary>Where webhooks go when a message or call names no webhook_url. Empty: the app's own /webhooks/telnyx.</summary>
    public string WebhookUrl { get; set; } = "";

    [Range(0, 600_000, ErrorMessage = "Sandbox:MessageSentDelayMs must be between {1} and {2}.")]
    public int MessageSentDelayMs { get; set; } = 300;
    [Range(0, 600_000, ErrorMessage = "Sandbox:MessageFinalizedDelayMs must be between {1} and {2}.")]
    public int MessageFinalizedDelayMs { get; set; } = 800;
    [Range(0, 600_000, ErrorMessage = "Sandbox:NumberOrderDelayMs must be between {1} and {2}.")]
    public int NumberOrderDelayMs { get; set; } = 500;
    [Range(0, 600_000, ErrorMessage = "Sandbox:CallAnswerDelayMs must be between {1} and {2}.")]
    public int CallAnswerDelayMs { get; set; } = 400;
    /// <summary>How long an answered call lasts before the far end hangs up, unless someone hangs up first.</summary>
    [Range(0, 3_600_000, ErrorMessage = "Sandbox:CallDurationMs must be between {1} and {2}.")]
    public int CallDurationMs { get; set; } = 2000;
    /// <summary>How long the 10DLC registry takes to review a brand or campaign (a campaign is TCR-accepted halfway).</summary>
    [Range(0, 600_000, ErrorMessage = "Sandbox:TenDlcReviewDelayMs must be between {1} and {2}.")]
    public int TenDlcReviewDelayMs { get; set; } = 3000;
    /// <summary>How long an inbound call rings before the caller gives up if nobody answers it.</summary>
    [Range(0, 3_600_000, ErrorMessage = "Sandbox:InboundRingTimeoutMs must be between {1} and {2}.")]
    public int InboundRingTimeoutMs { get; set; } = 30_000;

    /// <summary>Share of otherwise deliverable messages that fail at random with 40008 (0 = never).</summary>
    [Range(0.0, 1.0, ErrorMessage = "Sandbox:RandomFailureRate must be between {1} and {2}.")]
    public double RandomFailureRate { get; set; }

    [Range(1, 10, ErrorMessage = "Sandbox:WebhookAttempts must be between {1} and {2}.")]
    public int WebhookAttempts { get; set; } = 3;
    /// <summary>Wait before the second attempt; doubled before each later one.</summary>
    [Range(0, 600_000, ErrorMessage = "Sandbox:WebhookRetryDelayMs must be between {1} and {2}.")]
    public int WebhookRetryDelayMs { get; set; } = 1000;

    /// <summary>API requests allowed per account per window before 429; generous so normal use never meets it.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Sandbox:RequestsPerWindow must be between {1} and {2}.")]
    public int RequestsPerWindow { get; set; } = 10_000;
    [Range(1, 3600, ErrorMessage = "Sandbox:RateLimitWindowSeconds must be between {1} and {2}.")]
    public int RateLimitWindowSeconds { get; set; } = 60;

    public decimal StartingBalance { get; set; } = 100.00m;
    /// <summary>Per message part, USD.</summary>
    public decimal MessageRate { get; set; } = 0.0040m;
    /// <summary>Per message part, USD, passed through from the carrier.</summary>
    public decimal CarrierFee { get; set; } = 0.0030m;
    /// <summary>Per MMS, USD: an MMS is one message whatever its length. With the fee below it makes the app's default MMS price, 0.0200.</summary>
    public decimal MmsRate { get; set; } = 0.0150m;
    /// <summary>Per MMS, USD, passed through from the carrier.</summary>
    public decimal MmsCarrierFee { get; set; } = 0.0050m;
    /// <summary>Per started minute of a call, USD.</summary>
    public decimal CallRatePerMinute { get; set; } = 0.0100m;
    public decimal NumberUpfrontCost { get; set; } = 1.00m;
    public decimal NumberMonthlyCost { get; set; } = 1.00m;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(WebhookUrl)
            && !(Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            yield return new ValidationResult($"Sandbox:WebhookUrl must be an absolute http(s) URL or empty, not '{WebhookUrl}'.", [nameof(WebhookUrl)]);
        foreach (var (name, value) in new[] { (nameof(MessageRate), MessageRate), (nameof(CarrierFee), CarrierFee), (nameof(MmsRate), MmsRate), (nameof(MmsCarrierFee), MmsCarrierFee), (nameof(CallRatePerMinute), CallRatePerMinute), (nameof(NumberUpfrontCost), NumberUpfrontCost), (nameof(NumberMonthlyCost), NumberMonthlyCost) })
            if (value < 0) yield return new ValidationResult($"Sandbox:{name} must not be negative.", [name]);
    }
}
