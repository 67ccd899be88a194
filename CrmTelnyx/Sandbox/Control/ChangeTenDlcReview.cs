using CrmTelnyx.Sandbox.TenDlc;

namespace CrmTelnyx.Sandbox.Control;

/// <summary>Changes how the sandbox's 10DLC review decides and how long it takes, for brands and campaigns reviewed from now on.</summary>
public sealed class ChangeTenDlcReview(SandboxRuntimeSettings runtime)
{
    public const int MaxDelaySeconds = 600;
    public const int MaxReasonLength = 500;

    public sealed record Review(bool RejectBrands, bool RejectCampaigns, string RejectionReason, double DelaySeconds, int VettingScore);

    public Review Current() => new(runtime.TenDlcReview.RejectBrands, runtime.TenDlcReview.RejectCampaigns, runtime.TenDlcReview.RejectionReason,
        runtime.TenDlcReviewDelayMs / 1000.0, runtime.TenDlcReview.NewBrandVettingScore);

    public ControlOutcome Change(Review review)
    {
        var reason = review.RejectionReason?.Trim() ?? "";
        if ((review.RejectBrands || review.RejectCampaigns) && reason.Length == 0)
            return new ControlOutcome(false, "Rejection reason: say why, as reviewers do; the app shows it to whoever registered.");
        if (reason.Length > MaxReasonLength) return new ControlOutcome(false, $"Rejection reason: at most {MaxReasonLength} characters.");
        if (!double.IsFinite(review.DelaySeconds) || review.DelaySeconds is < 0 or > MaxDelaySeconds)
            return new ControlOutcome(false, $"Review delay: {SettingNumber.Between(0, MaxDelaySeconds, "s")}");
        if (review.VettingScore is < 0 or > 100) return new ControlOutcome(false, $"Vetting score: {SettingNumber.Between(0, 100, "points")}");

        runtime.TenDlcReviewDelayMs = (int)Math.Round(review.DelaySeconds * 1000);
        runtime.TenDlcReview = new TenDlcReviewSettings(review.RejectBrands, review.RejectCampaigns,
            reason.Length == 0 ? TenDlcReviewSettings.DefaultReason : reason, review.VettingScore);
        var decides = (review.RejectBrands, review.RejectCampaigns) switch
        {
            (false, false) => "approves brands and campaigns",
            (true, true) => "rejects brands and campaigns",
            (true, false) => "rejects brands and approves campaigns",
            (false, true) => "approves brands and rejects campaigns",
        };
        return new ControlOutcome(true, $"Saved: the 10DLC review now {decides}, for what it reviews from now on.");
    }
}
