namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Where a number stands with US carriers. A US local (10DLC) number must be assigned to a campaign the carriers
/// provisioned, or they refuse its texts (40010); a US toll-free number must be verified instead (40329); other numbers
/// are neither. The one statement of the rule for code holding a number; <c>SendingNumbers</c> repeats it as SQL.
/// </summary>
public sealed record CarrierStanding(
    string PhoneNumber, NumberKind Kind, string? TenDlcCampaignId, string? TenDlcAssignmentStatus, bool TenDlcCampaignActive, string? TollFreeVerificationStatus)
{
    private bool InUs => PhoneNumber.StartsWith("+1", StringComparison.Ordinal);

    public bool NeedsTenDlc => Kind == NumberKind.Local && InUs;

    public bool NeedsTollFreeVerification => Kind == NumberKind.TollFree && InUs;

    public bool TenDlcReady => !NeedsTenDlc || (TenDlcCampaignId != null && TenDlcCampaignActive && TenDlcAssignmentStatus == "ASSIGNED");

    public bool TollFreeVerified => !NeedsTollFreeVerification || TollFreeVerificationStatus == "Verified";

    public bool CarriersTakeItsTexts => TenDlcReady && TollFreeVerified;

    /// <summary>In a word or three, as the number manager's Registration column shows it.</summary>
    public string InWords =>
        NeedsTollFreeVerification ? TollFreeVerificationStatus switch
        {
            "Verified" => "Verified",
            null => "Not verified",
            var status => $"Verification: {status}",
        }
        : !NeedsTenDlc ? "Not 10DLC"
        : TenDlcCampaignId is null ? "Not registered"
        : TenDlcAssignmentStatus?.StartsWith("PENDING", StringComparison.Ordinal) == true ? "Assigning…"
        : TenDlcAssignmentStatus?.StartsWith("FAILED", StringComparison.Ordinal) == true ? "Assignment failed"
        : !TenDlcCampaignActive ? "Campaign not active"
        : TenDlcReady ? "Registered"
        : $"Assignment: {AssignmentInWords}";

    /// <summary>Telnyx's assignment status (ASSIGNED, PENDING_ASSIGNMENT…) as people read it.</summary>
    public string AssignmentInWords => (TenDlcAssignmentStatus ?? "unknown").Replace('_', ' ').ToLowerInvariant();
}
