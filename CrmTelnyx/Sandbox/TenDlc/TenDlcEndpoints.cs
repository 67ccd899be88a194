using System.Text.Json;
using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>The 10DLC registration flow: brand → campaign → number assignment, each approved at once in the sandbox.</summary>
public static class TenDlcEndpoints
{
    public sealed record BrandRequest(string? EntityType, string? DisplayName, string? CompanyName, string? Country, string? Email, string? Vertical, string? WebhookUrl);

    public sealed record CampaignRequest(string? BrandId, string? Usecase, string? Description);

    public sealed record AssignmentRequest(string? PhoneNumber, string? CampaignId);

    private static readonly string[] EntityTypes = ["PRIVATE_PROFIT", "PUBLIC_PROFIT", "NON_PROFIT", "GOVERNMENT", "SOLE_PROPRIETOR"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/10dlc/brand", CreateBrandAsync);
        api.MapGet("/10dlc/brand/{brandId}", async (string brandId, SandboxDbContext db) =>
            await db.Brands.FindAsync(brandId) is { } brand ? SandboxJson.Bare(TenDlcResources.Brand(brand)) : SandboxErrors.NotFound($"Brand '{brandId}' was not found."));
        api.MapPost("/10dlc/campaignBuilder", CreateCampaignAsync);
        api.MapGet("/10dlc/campaign/{campaignId}", async (string campaignId, SandboxDbContext db) =>
            await db.Campaigns.FindAsync(campaignId) is { } campaign ? SandboxJson.Bare(TenDlcResources.Campaign(campaign)) : SandboxErrors.NotFound($"Campaign '{campaignId}' was not found."));
        api.MapPost("/10dlc/phone_number_campaigns", AssignNumberAsync);
        api.MapGet("/10dlc/phone_number_campaigns/{phoneNumber}", GetAssignmentAsync);
    }

    public static async Task<IResult> CreateBrandAsync(HttpRequest http, SandboxDbContext db, TimeProvider time)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<BrandRequest>(http, SandboxJson.CamelCase);
        if (request is null) return error!;
        foreach (var (value, field) in new[] { (request.EntityType, "entityType"), (request.DisplayName, "displayName"), (request.Country, "country"), (request.Email, "email"), (request.Vertical, "vertical") })
            if (string.IsNullOrWhiteSpace(value)) return SandboxErrors.MissingParameter("/" + field);
        if (!EntityTypes.Contains(request.EntityType))
            return SandboxErrors.Result(422, "10015", "Invalid entityType", $"entityType must be one of {string.Join(", ", EntityTypes)}.", "/entityType");

        var brand = new SandboxBrand
        {
            BrandId = Guid.NewGuid().ToString(), TcrBrandId = TenDlcResources.TcrId('B'), EntityType = request.EntityType!, DisplayName = request.DisplayName!,
            CompanyName = request.CompanyName, Country = request.Country!, Email = request.Email!, Vertical = request.Vertical!, WebhookUrl = request.WebhookUrl,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Brands.Add(brand);
        await db.SaveChangesAsync();
        return SandboxJson.Bare(TenDlcResources.Brand(brand));
    }

    public static async Task<IResult> CreateCampaignAsync(HttpRequest http, SandboxDbContext db, TimeProvider time)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<CampaignRequest>(http, SandboxJson.CamelCase);
        if (request is null) return error!;
        if (string.IsNullOrWhiteSpace(request.BrandId)) return SandboxErrors.MissingParameter("/brandId");
        if (string.IsNullOrWhiteSpace(request.Usecase)) return SandboxErrors.MissingParameter("/usecase");
        if (string.IsNullOrWhiteSpace(request.Description)) return SandboxErrors.MissingParameter("/description");
        if (await db.Brands.FindAsync(request.BrandId) is null)
            return SandboxErrors.Result(422, "10015", "Invalid brandId", $"Brand '{request.BrandId}' was not found.", "/brandId");

        var campaign = new SandboxCampaign
        {
            CampaignId = Guid.NewGuid().ToString(), TcrCampaignId = TenDlcResources.TcrId('C'), BrandId = request.BrandId, Usecase = request.Usecase,
            Description = request.Description, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return SandboxJson.Bare(TenDlcResources.Campaign(campaign));
    }

    public static async Task<IResult> AssignNumberAsync(HttpRequest http, SandboxDbContext db, TimeProvider time)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<AssignmentRequest>(http, SandboxJson.CamelCase);
        if (request is null) return error!;
        if (string.IsNullOrWhiteSpace(request.PhoneNumber)) return SandboxErrors.MissingParameter("/phoneNumber");
        if (string.IsNullOrWhiteSpace(request.CampaignId)) return SandboxErrors.MissingParameter("/campaignId");
        if (!await db.PhoneNumbers.AnyAsync(n => n.PhoneNumber == request.PhoneNumber && n.Status == "active"))
            return SandboxErrors.Result(422, "10015", "Invalid phoneNumber", $"'{request.PhoneNumber}' is not a number on this account.", "/phoneNumber");
        var campaign = await db.Campaigns.FindAsync(request.CampaignId);
        if (campaign is null) return SandboxErrors.Result(422, "10015", "Invalid campaignId", $"Campaign '{request.CampaignId}' was not found.", "/campaignId");

        var now = time.GetUtcNow().UtcDateTime;
        var assignment = await db.NumberCampaigns.FindAsync(request.PhoneNumber);
        if (assignment is null) db.NumberCampaigns.Add(assignment = new SandboxNumberCampaign { PhoneNumber = request.PhoneNumber, CampaignId = campaign.CampaignId, CreatedAt = now });
        assignment.CampaignId = campaign.CampaignId;
        assignment.UpdatedAt = now;
        await db.SaveChangesAsync();
        return SandboxJson.Bare(TenDlcResources.Assignment(assignment, campaign, await db.Brands.FindAsync(campaign.BrandId)));
    }

    public static async Task<IResult> GetAssignmentAsync(string phoneNumber, SandboxDbContext db)
    {
        var assignment = await db.NumberCampaigns.FindAsync(phoneNumber);
        var campaign = assignment is null ? null : await db.Campaigns.FindAsync(assignment.CampaignId);
        if (assignment is null || campaign is null) return SandboxErrors.NotFound($"'{phoneNumber}' is not assigned to a campaign.");
        return SandboxJson.Bare(TenDlcResources.Assignment(assignment, campaign, await db.Brands.FindAsync(campaign.BrandId)));
    }
}
