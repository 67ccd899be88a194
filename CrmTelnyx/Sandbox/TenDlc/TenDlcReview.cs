using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>
/// The registry's review, later: a brand after the review delay; a campaign accepted by TCR halfway and decided by the
/// carriers at the end; a number assignment after a fifth of it. Each step announces itself with its webhook.
/// The page's switches are read when the review happens, as a reviewer decides then, not at submission.
/// </summary>
public sealed class TenDlcReview(SandboxScheduler scheduler, SandboxRuntimeSettings runtime)
{
    private TimeSpan Delay => TimeSpan.FromMilliseconds(runtime.TenDlcReviewDelayMs);

    public void ReviewBrand(string brandId) =>
        scheduler.Schedule(Delay, "10DLC brand review", async (services, ct) =>
        {
            var db = services.GetRequiredService<SandboxDbContext>();
            var brand = await db.Brands.FindAsync([brandId], ct);
            if (brand is null || brand.Status != TenDlcStatus.BrandPending) return;
            var review = runtime.TenDlcReview;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            if (review.RejectBrands)
            {
                brand.Status = TenDlcStatus.BrandFailed;
                brand.FailureReason = review.RejectionReason;
            }
            else
            {
                brand.Status = TenDlcStatus.BrandOk;
                brand.IdentityStatus = TenDlcStatus.Verified;
                // Sole proprietors are not vetted: their throughput is fixed.
                if (brand.EntityType != TenDlcStatus.SoleProprietor)
                    (brand.VettingScore, brand.VettingId, brand.VettedAt) = (review.NewBrandVettingScore, Guid.NewGuid().ToString(), now);
            }
            brand.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            services.GetRequiredService<TenDlcWebhooks>().BrandReviewed(brand);
        });

    public void ReviewCampaign(string campaignId)
    {
        var half = Delay / 2;
        // The carriers' step is scheduled by the registry's, so the two never swap places.
        scheduler.Schedule(half, "10DLC campaign TCR review", async (services, ct) =>
        {
            if (await AdvanceAsync(services, campaignId, TenDlcStatus.CampaignPending, Accept, "TCR_EVENT", ct))
                scheduler.Schedule(Delay - half, "10DLC campaign MNO review", (later, ct2) =>
                    AdvanceAsync(later, campaignId, TenDlcStatus.CampaignAccepted, Decide, "MNO_REVIEW", ct2));
        });
    }

    public void ReviewAssignment(string phoneNumber, string campaignId) =>
        scheduler.Schedule(TimeSpan.FromMilliseconds(Math.Max(100, runtime.TenDlcReviewDelayMs / 5)), "10DLC number assignment", async (services, ct) =>
        {
            var db = services.GetRequiredService<SandboxDbContext>();
            var assignment = await db.NumberCampaigns.FindAsync([phoneNumber], ct);
            if (assignment is null || assignment.CampaignId != campaignId || assignment.AssignmentStatus != TenDlcStatus.PendingAssignment) return;
            var campaign = await db.Campaigns.FindAsync([campaignId], ct);
            if (campaign is null) return;
            assignment.AssignmentStatus = TenDlcStatus.Assigned;
            assignment.UpdatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            services.GetRequiredService<TenDlcWebhooks>().NumberAssigned(assignment, campaign);
        });

    private static void Accept(SandboxCampaign c, TenDlcReviewSettings _)
    {
        c.CampaignStatus = TenDlcStatus.CampaignAccepted;
        c.SubmissionStatus = "CREATED";
    }

    private static void Decide(SandboxCampaign c, TenDlcReviewSettings review)
    {
        if (review.RejectCampaigns)
        {
            c.CampaignStatus = TenDlcStatus.CampaignRejected;
            c.FailureReason = review.RejectionReason;
        }
        else
        {
            c.CampaignStatus = TenDlcStatus.CampaignProvisioned;
            c.IsTMobileRegistered = true;
        }
    }

    private async Task<bool> AdvanceAsync(IServiceProvider services, string campaignId, string from, Action<SandboxCampaign, TenDlcReviewSettings> step, string type, CancellationToken ct)
    {
        var db = services.GetRequiredService<SandboxDbContext>();
        var campaign = await db.Campaigns.FindAsync([campaignId], ct);
        if (campaign is null || campaign.CampaignStatus != from) return false;
        step(campaign, runtime.TenDlcReview);
        campaign.UpdatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        services.GetRequiredService<TenDlcWebhooks>().CampaignReviewed(campaign, type);
        return true;
    }
}
