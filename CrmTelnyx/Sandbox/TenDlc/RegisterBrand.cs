using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>POST /10dlc/brand: stores the brand REGISTRATION_PENDING and answers at once; the review decides later.</summary>
public static class RegisterBrand
{
    // Case-insensitive binding: Telnyx's "webhookURL" fills WebhookUrl.
    public sealed record Request(
        string? EntityType, string? DisplayName, string? CompanyName, string? Country, string? Email, string? Vertical,
        string? Ein, string? Phone, string? Street, string? City, string? State, string? PostalCode, string? Website,
        string? StockSymbol, string? StockExchange, string? FirstName, string? LastName, string? MobilePhone,
        string? WebhookUrl, string? WebhookFailoverUrl);

    public sealed record Services(SandboxDbContext Db, TenDlcReview Review, TimeProvider Time);

    private static readonly string[] EntityTypes = ["PRIVATE_PROFIT", "PUBLIC_PROFIT", "NON_PROFIT", "GOVERNMENT", TenDlcStatus.SoleProprietor];

    public static async Task<IResult> HandleAsync(HttpRequest http, [AsParameters] Services s)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http, SandboxJson.CamelCase);
        if (request is null) return error!;
        foreach (var (value, field) in new[] { (request.EntityType, "entityType"), (request.DisplayName, "displayName"), (request.Country, "country"), (request.Email, "email"), (request.Vertical, "vertical") })
            if (string.IsNullOrWhiteSpace(value)) return SandboxErrors.MissingParameter("/" + field);
        if (!EntityTypes.Contains(request.EntityType))
            return SandboxErrors.Result(422, "10015", "Invalid entityType", $"entityType must be one of {string.Join(", ", EntityTypes)}.", "/entityType");

        var now = s.Time.GetUtcNow().UtcDateTime;
        var brand = new SandboxBrand
        {
            BrandId = Guid.NewGuid().ToString(), TcrBrandId = TenDlcResources.TcrId('B'), EntityType = request.EntityType!, DisplayName = request.DisplayName!,
            CompanyName = request.CompanyName, Country = request.Country!, Email = request.Email!, Vertical = request.Vertical!,
            Ein = request.Ein, Phone = request.Phone, Street = request.Street, City = request.City, State = request.State, PostalCode = request.PostalCode,
            Website = request.Website, StockSymbol = request.StockSymbol, StockExchange = request.StockExchange,
            FirstName = request.FirstName, LastName = request.LastName, MobilePhone = request.MobilePhone,
            WebhookUrl = request.WebhookUrl, WebhookFailoverUrl = request.WebhookFailoverUrl, CreatedAt = now, UpdatedAt = now,
        };
        s.Db.Brands.Add(brand);
        await s.Db.SaveChangesAsync();
        s.Review.ReviewBrand(brand.BrandId);
        return SandboxJson.Bare(TenDlcResources.Brand(brand));
    }
}
