namespace CrmTelnyx.Features.Calls;

/// <summary>
/// One call leg as Telnyx's call.* webhooks report it: who called whom, which way, and when it was answered and ended.
/// The Calls tab builds on this row; the number manager counts calls per number from it.
/// </summary>
public sealed class Call
{
    public long Id { get; set; }

    /// <summary>Telnyx's call_control_id for this leg. Unique.</summary>
    public required string CallControlId { get; set; }

    public string? CallSessionId { get; set; }

    public CallDirection Direction { get; set; }

    public required string From { get; set; }

    public required string To { get; set; }

    /// <summary>initiated, answered, bridged or hangup: only moves forward.</summary>
    public string State { get; set; } = "initiated";

    public string? HangupCause { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public DateTime? EndedAt { get; set; }
}

public enum CallDirection
{
    Outbound,
    Inbound,
}
