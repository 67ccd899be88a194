using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance.TenDlc.Brands;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance.TenDlc;

/// <summary>The account's brands and campaigns as the 10DLC page and the number manager show them.</summary>
public sealed class ListRegistrations(CrmDbContext db)
{
    /// <param name="Numbers">Numbers assigned (or being assigned) to it.</param>
    /// <param name="SoleProprietor">Its brand is a sole proprietor, allowed one campaign only.</param>
    public sealed record CampaignRow(RegisteredCampaign Campaign, string BrandName, int Numbers, bool SoleProprietor = false)
    {
        public string Label => $"{BrandName} · {CampaignUseCaseNames.Words(Campaign.UseCase)}{(Campaign.TcrCampaignId is { } tcr ? $" ({tcr})" : "")}";
    }

    public sealed record Registrations(IReadOnlyList<RegisteredBrand> Brands, IReadOnlyList<CampaignRow> Campaigns);

    public async Task<Registrations> ListAsync(CancellationToken cancellationToken = default)
    {
        var brands = await db.RegisteredBrands.AsNoTracking().OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).ToListAsync(cancellationToken);
        var campaigns = await db.RegisteredCampaigns.AsNoTracking().OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var counts = await db.CompanyNumbers.AsNoTracking().Where(n => n.ReleasedAt == null && n.TenDlcCampaignId != null)
            .GroupBy(n => n.TenDlcCampaignId!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byId = brands.ToDictionary(b => b.TelnyxBrandId);
        return new Registrations(brands, campaigns
            .Select(c =>
            {
                var brand = byId.GetValueOrDefault(c.TelnyxBrandId);
                return new CampaignRow(c, brand?.DisplayName ?? "Unknown brand", counts.GetValueOrDefault(c.TelnyxCampaignId), brand?.IsSoleProprietor == true);
            })
            .ToList());
    }
}
