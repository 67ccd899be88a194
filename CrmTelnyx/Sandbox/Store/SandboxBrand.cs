namespace CrmTelnyx.Sandbox.Store;

/// <summary>A 10DLC brand: registered REGISTRATION_PENDING, then reviewed to OK or REGISTRATION_FAILED after the review delay.</summary>
public sealed class SandboxBrand
{
    public required string BrandId { get; set; }
    public required string TcrBrandId { get; set; }
    public required string EntityType { get; set; }
    public required string DisplayName { get; set; }
    public string? CompanyName { get; set; }
    public required string Country { get; set; }
    public required string Email { get; set; }
    public required string Vertical { get; set; }
    public string? Ein { get; set; }
    public string? Phone { get; set; }
    public string? Street { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Website { get; set; }
    public string? StockSymbol { get; set; }
    public string? StockExchange { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? MobilePhone { get; set; }
    public string? WebhookUrl { get; set; }
    public string? WebhookFailoverUrl { get; set; }
    public string Status { get; set; } = TenDlc.TenDlcStatus.BrandPending;
    public string IdentityStatus { get; set; } = TenDlc.TenDlcStatus.Unverified;
    /// <summary>Why the review refused the brand (REGISTRATION_FAILED only).</summary>
    public string? FailureReason { get; set; }
    /// <summary>Set when an external (Aegis) vetting exists; it decides the campaign throughput carriers grant.</summary>
    public int? VettingScore { get; set; }
    public string? VettingId { get; set; }
    public DateTime? VettedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
