namespace CrmTelnyx.Sandbox.Store;

/// <summary>A contact who texted STOP to a number on this messaging profile; START removes it.</summary>
public sealed class SandboxOptOut
{
    public required string MessagingProfileId { get; set; }
    public required string PhoneNumber { get; set; }
    public DateTime CreatedAt { get; set; }
}
