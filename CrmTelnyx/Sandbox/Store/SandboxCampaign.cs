namespace CrmTelnyx.Sandbox.Store;

/// <summary>A 10DLC campaign; the sandbox provisions it with the carriers at once.</summary>
public sealed class SandboxCampaign
{
    public required string CampaignId { get; set; }
    public required string TcrCampaignId { get; set; }
    public required string BrandId { get; set; }
    public required string Usecase { get; set; }
    public required string Description { get; set; }
    public DateTime CreatedAt { get; set; }
}
