using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>GET one number's assignment, GET the list (page, recordsPerPage ≤ 500, by phone number), DELETE one.</summary>
public static class NumberAssignments
{
    public const int MaxRecordsPerPage = 500;

    public static async Task<IResult> GetAsync(string phoneNumber, SandboxDbContext db)
    {
        var assignment = await db.NumberCampaigns.FindAsync(phoneNumber);
        var campaign = assignment is null ? null : await db.Campaigns.FindAsync(assignment.CampaignId);
        if (assignment is null || campaign is null) return NotAssigned(phoneNumber);
        return SandboxJson.Bare(TenDlcResources.Assignment(assignment, campaign, await db.Brands.FindAsync(campaign.BrandId)));
    }

    public static async Task<IResult> ListAsync(HttpRequest http, SandboxDbContext db)
    {
        var page = int.TryParse(http.Query["page"], out var p) && p > 0 ? p : 1;
        var size = int.TryParse(http.Query["recordsPerPage"], out var r) && r > 0 ? Math.Min(r, MaxRecordsPerPage) : 20;
        var total = await db.NumberCampaigns.CountAsync();
        var rows = await db.NumberCampaigns.OrderBy(n => n.PhoneNumber).Skip((page - 1) * size).Take(size)
            .Join(db.Campaigns, n => n.CampaignId, c => c.CampaignId, (n, c) => new { n, c })
            .ToListAsync();
        var brands = await db.Brands.ToDictionaryAsync(b => b.BrandId);
        var records = rows.Select(x => TenDlcResources.Assignment(x.n, x.c, brands.GetValueOrDefault(x.c.BrandId)));
        return SandboxJson.Bare(new { page, totalRecords = total, records });
    }

    /// <summary>Removes the assignment at once; the answer says PENDING_UNASSIGNMENT, as the carriers still have to let go.</summary>
    public static async Task<IResult> DeleteAsync(string phoneNumber, SandboxDbContext db, TimeProvider time)
    {
        var assignment = await db.NumberCampaigns.FindAsync(phoneNumber);
        if (assignment is null) return NotAssigned(phoneNumber);
        var campaign = await db.Campaigns.FindAsync(assignment.CampaignId);
        db.NumberCampaigns.Remove(assignment);
        await db.SaveChangesAsync();
        if (campaign is null) return NotAssigned(phoneNumber);
        assignment.AssignmentStatus = TenDlcStatus.PendingUnassignment;
        assignment.UpdatedAt = time.GetUtcNow().UtcDateTime;
        return SandboxJson.Bare(TenDlcResources.Assignment(assignment, campaign, await db.Brands.FindAsync(campaign.BrandId)));
    }

    private static IResult NotAssigned(string phoneNumber) => SandboxErrors.NotFound($"'{phoneNumber}' is not assigned to a campaign.");
}
