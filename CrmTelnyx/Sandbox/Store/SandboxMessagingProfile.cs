namespace CrmTelnyx.Sandbox.Store;

public sealed class SandboxMessagingProfile
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? WebhookUrl { get; set; }
    public DateTime CreatedAt { get; set; }
}
