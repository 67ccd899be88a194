namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>How a call reaches agents: all at once (first to answer takes it), or one at a time in turn.</summary>
public enum RingStrategy
{
    Simultaneous,
    RoundRobin,
}
