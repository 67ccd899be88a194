namespace CrmTelnyx.Features.Calls;

/// <summary>
/// One phone call as a person sees it: a contact and (usually) an agent, one or more Telnyx legs
/// (<see cref="CallLeg"/>), a status that only moves forward, what it cost, and what the agent noted after it.
/// "Call my phone first" is one call with two legs: the agent's phone, then the contact's.
/// </summary>
public sealed class Call
{
    public long Id { get; set; }

    /// <summary>The contact's leg (or, for a call the app did not place, the only leg): its Telnyx call_control_id.</summary>
    public string? CallControlId { get; set; }

    public string? CallSessionId { get; set; }

    public CallDirection Direction { get; set; }

    /// <summary>Outbound: the company number shown as caller ID. Inbound: the caller.</summary>
    public required string From { get; set; }

    /// <summary>Outbound: the contact's number. Inbound: the company number that was called.</summary>
    public required string To { get; set; }

    /// <summary>initiated, ringing, answered or ended (<see cref="CallStatus"/>): only moves forward.</summary>
    public string Status { get; set; } = CallStatus.Initiated;

    /// <summary>How it ended, in the words the history shows: completed, busy, no answer, canceled, failed, voicemail.</summary>
    public string? Outcome { get; set; }

    public string? HangupCause { get; set; }

    /// <summary>Why the app could not place or continue it (a Telnyx error in words), shown on the panel.</summary>
    public string? Error { get; set; }

    public long? ContactId { get; set; }

    /// <summary>The agent who placed or took it.</summary>
    public string? AgentUserId { get; set; }

    /// <summary>The agent's own phone the app rang first.</summary>
    public string? AgentPhone { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>When the contact picked up.</summary>
    public DateTime? AnsweredAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>Talk time: answered to ended.</summary>
    public int? DurationSeconds { get; set; }

    /// <summary>Billed seconds over all legs, from call.cost or the detail records.</summary>
    public int? BilledSeconds { get; set; }

    /// <summary>Cost over all legs (USD), from call.cost or the detail records; null until Telnyx reports it.</summary>
    public decimal? Cost { get; set; }

    /// <summary>human, machine, not_sure… from answering-machine detection, when it ran.</summary>
    public string? AnsweringMachineResult { get; set; }

    /// <summary>The app spoke the recording announcement first (the contact's state wants everyone's consent).</summary>
    public bool ConsentAnnounced { get; set; }

    /// <summary>Set when the agent called a contact who opted out or is on do-not-call, and who overrode it.</summary>
    public string? OptOutOverriddenBy { get; set; }

    /// <summary>An inbound call the app answered to route it (menu, ringing agents, voicemail): it counts as answered only once an agent or the voicemail took it.</summary>
    public bool RoutedByApp { get; set; }

    /// <summary>Who the agent handed the contact to (an agent's name or a number), once transferred.</summary>
    public string? TransferredTo { get; set; }

    /// <summary>The key an inbound caller pressed in the number's menu, which picks the agents to ring.</summary>
    public string? MenuChoice { get; set; }

    /// <summary>Since when the contact hears hold music (call.playback.started of the hold); null when not on hold.</summary>
    public DateTime? HeldSince { get; set; }

    /// <summary>Which hold <see cref="HeldSince"/> belongs to (its command's step), or the last that ended, so a late or repeated event cannot reopen it.</summary>
    public string? HoldStep { get; set; }

    /// <summary>Time the contact spent on hold over the call, added up as each hold ends.</summary>
    public int HeldSeconds { get; set; }

    public string? Disposition { get; set; }

    public string? Notes { get; set; }

    public List<CallLeg> Legs { get; set; } = [];

    public List<CallRecording> Recordings { get; set; } = [];
}

public enum CallDirection
{
    Outbound,
    Inbound,
}
