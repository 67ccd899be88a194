using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>POST /10dlc/campaignBuilder: only for a registered (OK) brand; stored TCR_PENDING, reviewed later.</summary>
public static class CreateCampaign
{
    public sealed record Request(
        string? BrandId, string? Usecase, string? Description, string[]? SubUsecases,
        string? Sample1, string? Sample2, string? Sample3, string? Sample4, string? Sample5, string? MessageFlow,
        string? HelpMessage, string? HelpKeywords, string? OptinMessage, string? OptinKeywords, string? OptoutMessage, string? OptoutKeywords,
        bool? EmbeddedLink, bool? EmbeddedPhone, bool? AgeGated, bool? DirectLending, bool? NumberPool,
        string? WebhookUrl, string? WebhookFailoverUrl);

    public sealed record Services(SandboxDbContext Db, TenDlcReview Review, TimeProvider Time);

    public static async Task<IResult> HandleAsync(HttpRequest http, [AsParameters] Services s)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http, SandboxJson.CamelCase);
        if (request is null) return error!;
        if (string.IsNullOrWhiteSpace(request.BrandId)) return SandboxErrors.MissingParameter("/brandId");
        if (string.IsNullOrWhiteSpace(request.Usecase)) return SandboxErrors.MissingParameter("/usecase");
        if (string.IsNullOrWhiteSpace(request.Description)) return SandboxErrors.MissingParameter("/description");
        var brand = await s.Db.Brands.FindAsync(request.BrandId);
        if (brand is null) return InvalidBrand($"Brand '{request.BrandId}' was not found.");
        if (brand.Status != TenDlcStatus.BrandOk) return InvalidBrand($"Brand '{brand.BrandId}' is not registered yet ({brand.Status}).");
        if (brand.EntityType == TenDlcStatus.SoleProprietor && await s.Db.Campaigns.AnyAsync(c => c.BrandId == brand.BrandId))
            return InvalidBrand($"Brand '{brand.BrandId}' is a sole proprietor, which may have only one campaign.");

        var now = s.Time.GetUtcNow().UtcDateTime;
        var campaign = new SandboxCampaign
        {
            CampaignId = Guid.NewGuid().ToString(), TcrCampaignId = TenDlcResources.TcrId('C'), BrandId = brand.BrandId, Usecase = request.Usecase,
            Description = request.Description, SubUsecases = string.Join(',', request.SubUsecases ?? []),
            Sample1 = request.Sample1, Sample2 = request.Sample2, Sample3 = request.Sample3, Sample4 = request.Sample4, Sample5 = request.Sample5,
            MessageFlow = request.MessageFlow, HelpMessage = request.HelpMessage, HelpKeywords = request.HelpKeywords,
            OptinMessage = request.OptinMessage, OptinKeywords = request.OptinKeywords, OptoutMessage = request.OptoutMessage, OptoutKeywords = request.OptoutKeywords,
            EmbeddedLink = request.EmbeddedLink, EmbeddedPhone = request.EmbeddedPhone, AgeGated = request.AgeGated, DirectLending = request.DirectLending,
            NumberPool = request.NumberPool, WebhookUrl = request.WebhookUrl, WebhookFailoverUrl = request.WebhookFailoverUrl, CreatedAt = now, UpdatedAt = now,
        };
        s.Db.Campaigns.Add(campaign);
        await s.Db.SaveChangesAsync();
        s.Review.ReviewCampaign(campaign.CampaignId);
        return SandboxJson.Bare(TenDlcResources.Campaign(campaign));
    }

    private static IResult InvalidBrand(string detail) => SandboxErrors.Result(422, "10015", "Invalid brandId", detail, "/brandId");
}
