namespace CrmTelnyx.Telnyx;

/// <summary>Body of <c>POST /v2/10dlc/brand</c> (camelCase, like all 10DLC endpoints). <see cref="EntityType"/>: PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, GOVERNMENT or SOLE_PROPRIETOR.</summary>
public sealed record CreateBrandRequest(string EntityType, string DisplayName, string Country, string Email, string Vertical)
{
    public string? CompanyName { get; init; }
    public string? Ein { get; init; }
    public string? Phone { get; init; }
    public string? Street { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? PostalCode { get; init; }
    public string? Website { get; init; }
    public string? StockSymbol { get; init; }
    public string? StockExchange { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? MobilePhone { get; init; }
    public bool? Mock { get; init; }
    public string? WebhookURL { get; init; }
    public string? WebhookFailoverURL { get; init; }
}

/// <summary>A 10DLC brand. <see cref="Status"/>: OK, REGISTRATION_PENDING or REGISTRATION_FAILED.</summary>
public sealed record TenDlcBrand(string BrandId)
{
    public string? TcrBrandId { get; init; }
    public string? EntityType { get; init; }
    public string? DisplayName { get; init; }
    public string? CompanyName { get; init; }
    public string? Country { get; init; }
    public string? Email { get; init; }
    public string? Vertical { get; init; }
    public string? Status { get; init; }
    public string? IdentityStatus { get; init; }
    public System.Text.Json.JsonElement? FailureReasons { get; init; }
    public string? CreatedAt { get; init; }
    public string? UpdatedAt { get; init; }
}

/// <summary>One external vetting of a brand (<c>GET /10dlc/brand/{id}/externalVetting</c>); the score (0–100) sets its carrier class.</summary>
public sealed record BrandVetting(string? EvpId)
{
    public string? VettingId { get; init; }
    public int? VettingScore { get; init; }
    public string? VettingClass { get; init; }
    public string? VettingStatus { get; init; }
    public string? CreateDate { get; init; }
}
