using System.Diagnostics.CodeAnalysis;

namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>
/// How one line answers: its hours, how agents are rung and for how long, an optional menu, and the agent groups.
/// An invalid rule cannot be built, so <see cref="InboundRouter"/> never has to guess at call time; editors use
/// <see cref="TryCreate"/> to show the problem instead.
/// </summary>
public sealed record InboundRoutingRule
{
    public const int MinRingTimeoutSeconds = 5;
    public const int MaxRingTimeoutSeconds = 120;

    public InboundRoutingRule(
        BusinessHours hours, RingStrategy strategy, int ringTimeoutSeconds, IReadOnlyList<AgentGroup> agentGroups, RoutingMenu? menu = null)
    {
        if (ProblemWith(strategy, ringTimeoutSeconds, agentGroups, menu) is { } problem)
            throw new ArgumentException(problem);
        Hours = hours;
        Strategy = strategy;
        RingTimeoutSeconds = ringTimeoutSeconds;
        AgentGroups = agentGroups;
        Menu = menu;
    }

    public BusinessHours Hours { get; }

    public RingStrategy Strategy { get; }

    public int RingTimeoutSeconds { get; }

    public TimeSpan RingTimeout => TimeSpan.FromSeconds(RingTimeoutSeconds);

    /// <summary>Without a menu a call is for every group's agents; a rule with no groups rings anyone available.</summary>
    public IReadOnlyList<AgentGroup> AgentGroups { get; }

    public RoutingMenu? Menu { get; }

    public static bool TryCreate(
        BusinessHours hours, RingStrategy strategy, int ringTimeoutSeconds, IReadOnlyList<AgentGroup> agentGroups, RoutingMenu? menu,
        [NotNullWhen(true)] out InboundRoutingRule? rule, [NotNullWhen(false)] out string? error)
    {
        error = ProblemWith(strategy, ringTimeoutSeconds, agentGroups, menu);
        rule = error is null ? new InboundRoutingRule(hours, strategy, ringTimeoutSeconds, agentGroups, menu) : null;
        return rule is not null;
    }

    /// <summary>
    /// The agents a call is for, in turn order: the named group's, else every group's (each agent once); null when the
    /// rule has no groups, meaning whoever is available.
    /// </summary>
    internal IReadOnlyList<string>? RosterFor(string? groupName) =>
        groupName is not null
            ? AgentGroups.First(group => string.Equals(group.Name, groupName, StringComparison.OrdinalIgnoreCase)).AgentIds
            : AgentGroups.Count == 0 ? null : AgentGroups.SelectMany(group => group.AgentIds).Distinct().ToList();

    private static string? ProblemWith(RingStrategy strategy, int ringTimeoutSeconds, IReadOnlyList<AgentGroup> agentGroups, RoutingMenu? menu)
    {
        if (!Enum.IsDefined(strategy))
            return $"{(int)strategy} is not a ring strategy.";
        if (ringTimeoutSeconds is < MinRingTimeoutSeconds or > MaxRingTimeoutSeconds)
            return $"Ring for {MinRingTimeoutSeconds} to {MaxRingTimeoutSeconds} seconds, not {ringTimeoutSeconds}.";

        foreach (var group in agentGroups)
        {
            if (string.IsNullOrWhiteSpace(group.Name))
                return "An agent group has no name.";
            if (group.AgentIds.Any(string.IsNullOrWhiteSpace))
                return $"Agent group '{group.Name}' has a blank agent.";
        }
        if (agentGroups.GroupBy(group => group.Name.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"Two agent groups are named '{twice.Key}'.";

        if (menu is null)
            return null;
        if (string.IsNullOrWhiteSpace(menu.Greeting))
            return "The menu has no greeting to speak.";
        if (menu.Options.Count == 0)
            return "The menu has no options.";
        foreach (var (digit, groupName) in menu.Options.OrderBy(option => option.Key))
        {
            if (digit is < '1' or > '9')
                return $"Menu option '{digit}' is not a key from 1 to 9.";
            if (!agentGroups.Any(group => string.Equals(group.Name, groupName, StringComparison.OrdinalIgnoreCase)))
                return $"Menu option {digit} sends callers to '{groupName}', which is not an agent group.";
        }
        return null;
    }
}
