namespace CrmTelnyx.Telnyx;

/// <summary>Body of <c>POST /v2/calls</c>. <see cref="ConnectionId"/> is the Call Control application id.</summary>
public sealed record DialCallRequest(string ConnectionId, string To, string From)
{
    public string? FromDisplayName { get; init; }
    public string? WebhookUrl { get; init; }
    /// <summary>Must be base64; Telnyx echoes it back in every webhook of the call.</summary>
    public string? ClientState { get; init; }
    /// <summary>Telnyx's idempotency key for the dial.</summary>
    public string? CommandId { get; init; }
    /// <summary>premium, detect, detect_beep, detect_words, greeting_end or disabled.</summary>
    public string? AnsweringMachineDetection { get; init; }
    /// <summary>"record-from-answer" to record the whole call.</summary>
    public string? Record { get; init; }
    public string? RecordFormat { get; init; }
    public string? RecordChannels { get; init; }
    public int? TimeoutSecs { get; init; }
    public int? TimeLimitSecs { get; init; }
    public string? AudioUrl { get; init; }
}
