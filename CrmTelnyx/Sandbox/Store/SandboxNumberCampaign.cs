namespace CrmTelnyx.Sandbox.Store;

/// <summary>Which 10DLC campaign an owned number sends under; PENDING_ASSIGNMENT until the carriers take it, then ASSIGNED.</summary>
public sealed class SandboxNumberCampaign
{
    public required string PhoneNumber { get; set; }
    public required string CampaignId { get; set; }
    public string AssignmentStatus { get; set; } = TenDlc.TenDlcStatus.PendingAssignment;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
