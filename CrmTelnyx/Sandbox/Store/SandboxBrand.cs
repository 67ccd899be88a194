namespace CrmTelnyx.Sandbox.Store;

/// <summary>A 10DLC brand; the sandbox registers every complete brand at once.</summary>
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
    public string? WebhookUrl { get; set; }
    public DateTime CreatedAt { get; set; }
}
