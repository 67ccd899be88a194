namespace CrmTelnyx.Sandbox.Store;

public sealed class SandboxCallControlApplication
{
    public required string Id { get; set; }
    public required string ApplicationName { get; set; }
    public string? WebhookEventUrl { get; set; }
    public DateTime CreatedAt { get; set; }
}
