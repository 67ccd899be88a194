namespace CrmTelnyx.Telnyx;

/// <summary>
/// The payload of call.* events, one record for all of them: every event carries the call ids, from and to; the
/// rest is set by the events that have it (hangup cause, recording URLs, machine-detection result, gathered digits).
/// </summary>
public sealed record CallEventPayload
{
    /// <summary>Absent on call.recording.saved, which names the leg and session instead.</summary>
    public string? CallControlId { get; init; }
    public string? CallLegId { get; init; }
    public string? CallSessionId { get; init; }
    public string? ConnectionId { get; init; }
    public string? ClientState { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    /// <summary>"incoming" or "outgoing".</summary>
    public string? Direction { get; init; }
    /// <summary>parked, bridging, answered, hangup …</summary>
    public string? State { get; init; }
    public string? CallerIdName { get; init; }
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>call.hangup: call_rejected, normal_clearing, originator_cancel, timeout, user_busy, no_answer, …</summary>
    public string? HangupCause { get; init; }
    /// <summary>call.hangup: caller, callee or unknown.</summary>
    public string? HangupSource { get; init; }
    public string? SipHangupCause { get; init; }

    /// <summary>call.recording.saved: valid for 10 minutes.</summary>
    public RecordingUrls? RecordingUrls { get; init; }
    public RecordingUrls? PublicRecordingUrls { get; init; }
    public DateTimeOffset? RecordingStartedAt { get; init; }
    public DateTimeOffset? RecordingEndedAt { get; init; }
    public string? Channels { get; init; }
    public string? RecordingId { get; init; }

    /// <summary>call.machine.detection.ended: human, machine or not_sure (premium adds human_residence, silence, …).</summary>
    public string? Result { get; init; }

    /// <summary>call.gather.ended and call.dtmf.received.</summary>
    public string? Digits { get; init; }
    public string? Digit { get; init; }
    /// <summary>call.gather.ended: valid, invalid, call_hangup, cancelled, timeout …; call.playback.ended: completed, call_hangup, file_not_found, failed …</summary>
    public string? Status { get; init; }

    /// <summary>call.cost: what the leg cost (a decimal string) and the seconds billed.</summary>
    public string? TotalCost { get; init; }
    public string? Currency { get; init; }
    public int? BilledDurationSecs { get; init; }

    /// <summary>call.recording.transcription.saved.</summary>
    public string? TranscriptionText { get; init; }
}

public sealed record RecordingUrls(string? Mp3, string? Wav);
