namespace CrmTelnyx.Sandbox.Store;

/// <summary>A number the account owns (status active) or has released (status deleted).</summary>
public sealed class SandboxPhoneNumber
{
    /// <summary>A numeric string, as Telnyx's phone number ids are.</summary>
    public required string Id { get; set; }
    public required string PhoneNumber { get; set; }
    public string Status { get; set; } = "active";
    public string? ConnectionId { get; set; }
    public string? MessagingProfileId { get; set; }
    public string Tags { get; set; } = "";
    public string? CustomerReference { get; set; }
    /// <summary>The number's voice settings as Telnyx's JSON object, merged on each PATCH …/voice.</summary>
    public string VoiceSettings { get; set; } = "{}";
    public decimal UpfrontCost { get; set; }
    public decimal MonthlyCost { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
