namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>What the sandbox's 10DLC reviewers decide; one immutable record so a review never sees half a change.</summary>
public sealed record TenDlcReviewSettings(bool RejectBrands, bool RejectCampaigns, string RejectionReason, int NewBrandVettingScore)
{
    public const string DefaultReason = "Sample messages do not match the use case; add opt-out language (Reply STOP to opt out).";
    public const int DefaultVettingScore = 40;

    public static readonly TenDlcReviewSettings Approving = new(false, false, DefaultReason, DefaultVettingScore);
}
