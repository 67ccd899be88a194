namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>The registry's status words, spelled as Telnyx spells them.</summary>
public static class TenDlcStatus
{
    public const string BrandPending = "REGISTRATION_PENDING";
    public const string BrandOk = "OK";
    public const string BrandFailed = "REGISTRATION_FAILED";
    public const string Unverified = "UNVERIFIED";
    public const string Verified = "VERIFIED";

    public const string CampaignPending = "TCR_PENDING";
    public const string CampaignAccepted = "TCR_ACCEPTED";
    public const string CampaignProvisioned = "MNO_PROVISIONED";
    public const string CampaignRejected = "MNO_REJECTED";

    public const string PendingAssignment = "PENDING_ASSIGNMENT";
    public const string Assigned = "ASSIGNED";
    public const string PendingUnassignment = "PENDING_UNASSIGNMENT";

    public const string SoleProprietor = "SOLE_PROPRIETOR";
}
