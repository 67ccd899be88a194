namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>Telnyx's campaign status words folded into what people read: only MNO_PROVISIONED may send.</summary>
public static class CampaignStates
{
    public static RegistrationState Of(string? campaignStatus, string? status) =>
        status == "EXPIRED" || campaignStatus == "TCR_EXPIRED" ? RegistrationState.Expired
        : campaignStatus switch
        {
            "MNO_PROVISIONED" => RegistrationState.Active,
            "TCR_SUSPENDED" => RegistrationState.Suspended,
            "TCR_FAILED" or "TELNYX_FAILED" or "MNO_REJECTED" or "MNO_PROVISIONING_FAILED" => RegistrationState.Rejected,
            _ => RegistrationState.Pending,
        };
}
