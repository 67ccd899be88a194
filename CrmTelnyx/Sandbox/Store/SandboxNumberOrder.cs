namespace CrmTelnyx.Sandbox.Store;

public sealed class SandboxNumberOrder
{
    public Guid Id { get; set; }
    public string Status { get; set; } = "pending";
    /// <summary>The ordered numbers, comma-separated E.164.</summary>
    public required string PhoneNumbers { get; set; }
    /// <summary>The numbers of the order that failed when it completed, comma-separated; the others succeeded.</summary>
    public string FailedNumbers { get; set; } = "";
    public string? ConnectionId { get; set; }
    public string? MessagingProfileId { get; set; }
    public string? CustomerReference { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
