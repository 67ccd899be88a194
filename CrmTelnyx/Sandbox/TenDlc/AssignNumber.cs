using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>POST /10dlc/phone_number_campaigns: only to a provisioned campaign; PENDING_ASSIGNMENT now, ASSIGNED shortly after.</summary>
public static class AssignNumber
{
    public sealed record Request(string? PhoneNumber, string? CampaignId);

    public sealed record Services(SandboxDbContext Db, TenDlcReview Review, TimeProvider Time);

    public static async Task<IResult> HandleAsync(HttpRequest http, [AsParameters] Services s)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http, SandboxJson.CamelCase);
        if (request is null) return error!;
        if (string.IsNullOrWhiteSpace(request.PhoneNumber)) return SandboxErrors.MissingParameter("/phoneNumber");
        if (string.IsNullOrWhiteSpace(request.CampaignId)) return SandboxErrors.MissingParameter("/campaignId");
        var phoneNumber = request.PhoneNumber;
        if (!await s.Db.PhoneNumbers.AnyAsync(n => n.PhoneNumber == phoneNumber && n.Status == "active"))
            return SandboxErrors.Result(422, "10015", "Invalid phoneNumber", $"'{phoneNumber}' is not a number on this account.", "/phoneNumber");
        var campaign = await s.Db.Campaigns.FindAsync(request.CampaignId);
        if (campaign is null) return InvalidCampaign($"Campaign '{request.CampaignId}' was not found.");
        if (campaign.CampaignStatus != TenDlcStatus.CampaignProvisioned)
            return InvalidCampaign($"Campaign '{campaign.CampaignId}' is not active ({campaign.CampaignStatus}).");
        var brand = await s.Db.Brands.FindAsync(campaign.BrandId);
        if (brand?.EntityType == TenDlcStatus.SoleProprietor
            && await s.Db.NumberCampaigns.AnyAsync(n => n.CampaignId == campaign.CampaignId && n.PhoneNumber != phoneNumber))
            return SandboxErrors.Result(422, "10015", "Invalid phoneNumber",
                $"Campaign '{campaign.CampaignId}' belongs to a sole proprietor and already has its one number.", "/phoneNumber");

        var now = s.Time.GetUtcNow().UtcDateTime;
        var assignment = await s.Db.NumberCampaigns.FindAsync(phoneNumber);
        if (assignment is null) s.Db.NumberCampaigns.Add(assignment = new SandboxNumberCampaign { PhoneNumber = phoneNumber, CampaignId = campaign.CampaignId, CreatedAt = now });
        assignment.CampaignId = campaign.CampaignId;
        assignment.AssignmentStatus = TenDlcStatus.PendingAssignment;
        assignment.UpdatedAt = now;
        await s.Db.SaveChangesAsync();
        s.Review.ReviewAssignment(phoneNumber, campaign.CampaignId);
        return SandboxJson.Bare(TenDlcResources.Assignment(assignment, campaign, brand));
    }

    private static IResult InvalidCampaign(string detail) => SandboxErrors.Result(422, "10015", "Invalid campaignId", detail, "/campaignId");
}
