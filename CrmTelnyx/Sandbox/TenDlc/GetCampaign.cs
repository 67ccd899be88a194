using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>GET /10dlc/campaign/{campaignId} and its /mnoMetadata: what each carrier grants it.</summary>
public static class GetCampaign
{
    public static async Task<IResult> HandleAsync(string campaignId, SandboxDbContext db) =>
        await db.Campaigns.FindAsync(campaignId) is { } campaign ? SandboxJson.Bare(TenDlcResources.Campaign(campaign)) : NotFound(campaignId);

    /// <summary>Keyed by the carriers' network ids, bare: AT&amp;T 10017, T-Mobile 10035, Verizon 10038.</summary>
    public static async Task<IResult> MnoMetadataAsync(string campaignId, SandboxDbContext db)
    {
        if (await db.Campaigns.FindAsync(campaignId) is not { } campaign) return NotFound(campaignId);
        var brand = await db.Brands.FindAsync(campaign.BrandId);
        var grant = CarrierThroughput.For(brand?.EntityType == TenDlcStatus.SoleProprietor, brand?.VettingScore);
        return SandboxJson.Bare(new Dictionary<string, object>
        {
            ["10017"] = new { mno = "AT&T", qualify = true, tpm = grant.AttTpm, mmsTpm = grant.AttMmsTpm, msgClass = grant.AttClass, tpmScope = "CAMPAIGN", mnoSupport = true },
            ["10035"] = new { mno = "T-Mobile", brandTier = grant.TMobileTier, brandDailyCap = grant.TMobileDailyCap, qualify = true, mnoSupport = true },
            ["10038"] = new { mno = "Verizon Wireless", qualify = true, mnoSupport = true },
        });
    }

    private static IResult NotFound(string campaignId) => SandboxErrors.NotFound($"Campaign '{campaignId}' was not found.");
}
