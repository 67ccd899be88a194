namespace CrmTelnyx.Sandbox.Store;

public sealed class SandboxCall
{
    public required string CallControlId { get; set; }
    public Guid CallLegId { get; set; }
    public Guid CallSessionId { get; set; }
    public required string ConnectionId { get; set; }
    /// <summary>outgoing or incoming, as call.initiated says.</summary>
    public required string Direction { get; set; }
    public required string From { get; set; }
    public required string To { get; set; }
    /// <summary>parked, bridging, answered or hangup.</summary>
    public required string State { get; set; }
    public string? ClientState { get; set; }
    public string? WebhookUrl { get; set; }
    public string AnsweringMachineDetection { get; set; } = "disabled";
    public bool RecordFromAnswer { get; set; }
    public Guid? ActiveRecordingId { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? HangupCause { get; set; }
    public string? HangupSource { get; set; }
    public string? SipHangupCause { get; set; }
    public decimal Cost { get; set; }

    /// <summary>Answered time rounded up to whole minutes, as billed (0 for a call never answered or not ended).</summary>
    public int BilledSeconds => AnsweredAt is null || EndedAt is null ? 0 : (int)Math.Ceiling((EndedAt.Value - AnsweredAt.Value).TotalSeconds / 60) * 60;
}
