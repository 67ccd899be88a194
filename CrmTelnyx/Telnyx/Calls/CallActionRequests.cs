namespace CrmTelnyx.Telnyx;

/// <summary>Fields every call action accepts.</summary>
public abstract record CallActionRequest
{
    public string? ClientState { get; init; }
    public string? CommandId { get; init; }
}

public sealed record AnswerCallRequest : CallActionRequest
{
    public string? WebhookUrl { get; init; }
    public string? Record { get; init; }
    public string? RecordFormat { get; init; }
    public string? RecordChannels { get; init; }
}

public sealed record HangupCallRequest : CallActionRequest;

/// <summary><see cref="Cause"/> is CALL_REJECTED or USER_BUSY.</summary>
public sealed record RejectCallRequest(string Cause) : CallActionRequest;

public sealed record TransferCallRequest(string To) : CallActionRequest
{
    public string? From { get; init; }
    public int? TimeoutSecs { get; init; }
    public string? AudioUrl { get; init; }
    public string? TargetLegClientState { get; init; }
}

/// <summary>Bridges this call with the leg <see cref="CallControlId"/>.</summary>
public sealed record BridgeCallRequest(string CallControlId) : CallActionRequest;

/// <summary><see cref="Format"/> mp3 or wav; <see cref="Channels"/> single or dual.</summary>
public sealed record StartRecordingRequest(string Format = "mp3", string Channels = "single") : CallActionRequest
{
    public int? MaxLength { get; init; }
    public bool? PlayBeep { get; init; }
    /// <summary>Transcribe the recording (charged per minute): call.recording.transcription.saved follows the recording.</summary>
    public bool? Transcription { get; init; }
}

public sealed record StopRecordingRequest : CallActionRequest
{
    public string? RecordingId { get; init; }
}

/// <summary>Text to speech: <see cref="Payload"/> up to 3,000 characters, <see cref="Voice"/> e.g. "AWS.Polly.Joanna".</summary>
public sealed record SpeakRequest(string Payload, string Voice) : CallActionRequest
{
    /// <summary>"text" or "ssml".</summary>
    public string? PayloadType { get; init; }
    public string? Language { get; init; }
}

/// <summary><see cref="Digits"/>: 0–9, A–D, *, #; w pauses 0.5 s, W 1 s.</summary>
public sealed record SendDtmfRequest(string Digits) : CallActionRequest
{
    public int? DurationMillis { get; init; }
}

public sealed record GatherUsingSpeakRequest(string Payload, string Voice) : CallActionRequest
{
    public int? MinimumDigits { get; init; }
    public int? MaximumDigits { get; init; }
    public string? ValidDigits { get; init; }
    public string? TerminatingDigit { get; init; }
    public int? TimeoutMillis { get; init; }
    public int? MaximumTries { get; init; }
    public string? InvalidPayload { get; init; }
}

/// <summary>Give one of <see cref="AudioUrl"/>, <see cref="MediaName"/> or <see cref="PlaybackContent"/>.</summary>
public sealed record StartPlaybackRequest : CallActionRequest
{
    public string? AudioUrl { get; init; }
    public string? MediaName { get; init; }
    public string? PlaybackContent { get; init; }

    /// <summary>1 to 100, or "infinity" to play until playback_stop.</summary>
    public string? Loop { get; init; }

    /// <summary>self, peer or both: whose side hears it.</summary>
    public string? TargetLegs { get; init; }
}

public sealed record StopPlaybackRequest : CallActionRequest
{
    /// <summary>current, or all (the default: the current file and any queued).</summary>
    public string? Stop { get; init; }
}
