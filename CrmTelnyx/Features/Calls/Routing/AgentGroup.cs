namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>Agents who take one kind of call ("Sales"), by user id; the order is the round-robin turn order.</summary>
public sealed record AgentGroup(string Name, IReadOnlyList<string> AgentIds);
