namespace CrmTelnyx.Telnyx;

/// <summary>Body of <c>POST /v2/10dlc/campaignBuilder</c>.</summary>
public sealed record CreateCampaignRequest(string BrandId, string Usecase, string Description)
{
    public IReadOnlyList<string>? SubUsecases { get; init; }
    public string? Sample1 { get; init; }
    public string? Sample2 { get; init; }
    public string? Sample3 { get; init; }
    public string? Sample4 { get; init; }
    public string? Sample5 { get; init; }
    public string? MessageFlow { get; init; }
    public string? HelpMessage { get; init; }
    public string? HelpKeywords { get; init; }
    public string? OptinMessage { get; init; }
    public string? OptinKeywords { get; init; }
    public string? OptoutMessage { get; init; }
    public string? OptoutKeywords { get; init; }
    public bool? SubscriberOptin { get; init; }
    public bool? SubscriberOptout { get; init; }
    public bool? SubscriberHelp { get; init; }
    public bool? EmbeddedLink { get; init; }
    public bool? EmbeddedPhone { get; init; }
    public bool? NumberPool { get; init; }
    public bool? AgeGated { get; init; }
    public bool? DirectLending { get; init; }
    public string? WebhookURL { get; init; }
    public string? WebhookFailoverURL { get; init; }
}

/// <summary>A 10DLC campaign; <see cref="CampaignStatus"/> runs TCR_PENDING → … → MNO_PROVISIONED (or a *_FAILED/REJECTED).</summary>
public sealed record TenDlcCampaign(string CampaignId)
{
    public string? TcrCampaignId { get; init; }
    public string? BrandId { get; init; }
    public string? Usecase { get; init; }
    public string? Description { get; init; }
    public string? CampaignStatus { get; init; }
    public string? Status { get; init; }
    public string? SubmissionStatus { get; init; }
    public bool? IsTMobileRegistered { get; init; }
    public System.Text.Json.JsonElement? FailureReasons { get; init; }
    public string? CreatedAt { get; init; }
    public string? UpdatedAt { get; init; }
}
