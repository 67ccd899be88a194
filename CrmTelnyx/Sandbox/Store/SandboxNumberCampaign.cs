namespace CrmTelnyx.Sandbox.Store;

/// <summary>Which 10DLC campaign an owned number sends under.</summary>
public sealed class SandboxNumberCampaign
{
    public required string PhoneNumber { get; set; }
    public required string CampaignId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
