namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>What to do next with an inbound call: exactly one of the three cases below.</summary>
public abstract record RoutingDecision
{
    // Closed set: a switch over the three cases below is complete.
    private RoutingDecision()
    {
    }

    /// <summary>Send the caller to voicemail; <see cref="Reason"/> is one of <see cref="VoicemailReason"/>.</summary>
    public sealed record Voicemail(string Reason) : RoutingDecision;

    /// <summary>Speak the text and gather one digit; IsReplay is true the second (last) time.</summary>
    public sealed record PlayMenu(string Text, bool IsReplay) : RoutingDecision;

    /// <summary>Ring these agents (all at once when several), giving up after Timeout.</summary>
    public sealed record Ring(IReadOnlyList<string> AgentIds, TimeSpan Timeout) : RoutingDecision;
}
