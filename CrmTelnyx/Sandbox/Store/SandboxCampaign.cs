namespace CrmTelnyx.Sandbox.Store;

/// <summary>A 10DLC campaign: TCR_PENDING → TCR_ACCEPTED → MNO_PROVISIONED (or MNO_REJECTED) as the review delay passes.</summary>
public sealed class SandboxCampaign
{
    public required string CampaignId { get; set; }
    public required string TcrCampaignId { get; set; }
    public required string BrandId { get; set; }
    public required string Usecase { get; set; }
    public required string Description { get; set; }
    /// <summary>Comma-separated, as few as the use case allows.</summary>
    public string SubUsecases { get; set; } = "";
    public string? Sample1 { get; set; }
    public string? Sample2 { get; set; }
    public string? Sample3 { get; set; }
    public string? Sample4 { get; set; }
    public string? Sample5 { get; set; }
    public string? MessageFlow { get; set; }
    public string? HelpMessage { get; set; }
    public string? HelpKeywords { get; set; }
    public string? OptinMessage { get; set; }
    public string? OptinKeywords { get; set; }
    public string? OptoutMessage { get; set; }
    public string? OptoutKeywords { get; set; }
    public bool? EmbeddedLink { get; set; }
    public bool? EmbeddedPhone { get; set; }
    public bool? AgeGated { get; set; }
    public bool? DirectLending { get; set; }
    public bool? NumberPool { get; set; }
    public string? WebhookUrl { get; set; }
    public string? WebhookFailoverUrl { get; set; }
    public string CampaignStatus { get; set; } = TenDlc.TenDlcStatus.CampaignPending;
    public string SubmissionStatus { get; set; } = "PENDING";
    /// <summary>Why carriers refused the campaign (MNO_REJECTED only).</summary>
    public string? FailureReason { get; set; }
    public bool IsTMobileRegistered { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
