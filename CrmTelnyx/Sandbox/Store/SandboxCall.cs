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
    /// <summary>The other leg while the two are bridged (kept after the hangup, for the record).</summary>
    public string? BridgedWith { get; set; }
    /// <summary>"self": this leg stays up, parked, when its bridged partner hangs up; else it is hung up too (Telnyx's default).</summary>
    public string? ParkAfterUnbridge { get; set; }
    /// <summary>dial's link_to with bridge_on_answer: the leg this one is bridged to as soon as it answers.</summary>
    public string? BridgeOnAnswerWith { get; set; }
    /// <summary>The far end's pending hangup; a timer whose token no longer matches does nothing (a bridge or a park re-arms it).</summary>
    public Guid? FarEndTimer { get; set; }
    /// <summary>Audio playing with loop "infinity" (its audio_url or media_name), until playback_stop or the hangup ends it.</summary>
    public string? LoopingPlayback { get; set; }
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
