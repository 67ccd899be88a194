namespace CrmTelnyx.Sandbox.Store;

public sealed class SandboxNumberOrder
{
    public Guid Id { get; set; }
    public string Status { get; set; } = "pending";
    /// <summary>The ordered numbers, comma-separated E.164.</summary>
    public required string PhoneNumbers { get; set; }
    public string? ConnectionId { get; set; }
    public string? MessagingProfileId { get; set; }
    public string? CustomerReference { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
