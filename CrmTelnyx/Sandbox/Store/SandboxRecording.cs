namespace CrmTelnyx.Sandbox.Store;

public sealed class SandboxRecording
{
    public Guid Id { get; set; }
    public required string CallControlId { get; set; }
    public string Channels { get; set; } = "single";
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    /// <summary>record_start's transcription: call.recording.transcription.saved follows call.recording.saved.</summary>
    public bool Transcribe { get; set; }
}
