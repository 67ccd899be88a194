namespace CrmTelnyx.Sandbox.Store;

/// <summary>What a speak command played on a call: a recording's transcript is what was spoken while it ran.</summary>
public sealed class SandboxSpeech
{
    public int Id { get; set; }
    public required string CallControlId { get; set; }
    public required string Text { get; set; }
    public DateTime SpokenAt { get; set; }
}
