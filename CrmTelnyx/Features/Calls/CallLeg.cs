namespace CrmTelnyx.Features.Calls;

/// <summary>One Telnyx call leg (call_control_id) of a <see cref="Call"/>: the agent's phone or the contact's.</summary>
public sealed class CallLeg
{
    public long Id { get; set; }

    public long CallId { get; set; }

    public Call? Call { get; set; }

    /// <summary>Telnyx's call_control_id. Unique.</summary>
    public required string CallControlId { get; set; }

    /// <summary>Telnyx's call_leg_id: what its call-control detail records are keyed by (the call_control_id is not in them).</summary>
    public string? CallLegId { get; set; }

    public CallLegRole Role { get; set; }

    public required string To { get; set; }

    /// <summary>For an agent's leg: whose phone it rings.</summary>
    public string? AgentUserId { get; set; }

    /// <summary>initiated, answered, bridged or hangup (<see cref="CallStates"/>): only moves forward.</summary>
    public string State { get; set; } = CallStates.Initiated;

    public DateTime StartedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public string? HangupCause { get; set; }

    public int? BilledSeconds { get; set; }

    public decimal? Cost { get; set; }
}

public enum CallLegRole
{
    /// <summary>The contact's side: dialled by the app, or the caller of an inbound call.</summary>
    Contact,
    /// <summary>The agent's own phone, rung first.</summary>
    Agent,
}
