namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>
/// Decides, step by step, where an inbound call goes. Pure: the caller brings the time, who is available and what
/// happened so far, and keeps that between steps (Telnyx's client_state fits). A call's steps:
/// <list type="number">
/// <item><see cref="Decide"/> with no digit: closed → voicemail; a menu → <see cref="RoutingDecision.PlayMenu"/>; else ring.</item>
/// <item>With a menu, <see cref="Decide"/> again with the key pressed. A key that is no option (or none pressed: pass "")
/// replays the menu once; call with <c>menuReplayed: true</c> after that, and a second miss goes to voicemail.</item>
/// <item>When a ring times out, <see cref="AfterNoAnswer"/> with everyone rung so far, until it says voicemail.</item>
/// </list>
/// Round robin takes turns across calls: store the agent the last call rang first and pass it as lastRungAgentId.
/// </summary>
public static class InboundRouter
{
    public const string NotAnOption = "Sorry, that is not one of the options.";

    /// <param name="availableAgentIds">Agents free to take a call now (signed in, not on a call), in a stable order.</param>
    /// <param name="lastRungAgentId">The agent round robin gave the previous call to this line; the turn passes to the next.</param>
    /// <param name="menuDigit">null before the menu has played; then the key pressed, "" for none.</param>
    /// <param name="menuReplayed">True once the menu has been replayed after a wrong key.</param>
    public static RoutingDecision Decide(
        InboundRoutingRule rule, DateTimeOffset now, IReadOnlyList<string> availableAgentIds, string? lastRungAgentId,
        string? menuDigit, bool menuReplayed = false)
    {
        switch (rule.Hours.StateAt(now))
        {
            case BusinessHoursState.Holiday:
                return new RoutingDecision.Voicemail(VoicemailReason.Holiday);
            case BusinessHoursState.AfterHours:
                return new RoutingDecision.Voicemail(VoicemailReason.AfterHours);
        }

        string? groupName = null;
        if (rule.Menu is { } menu)
        {
            if (menuDigit is null)
                return new RoutingDecision.PlayMenu(menu.Greeting, IsReplay: false);
            if (!menu.TryChoose(menuDigit, out groupName))
                return menuReplayed
                    ? new RoutingDecision.Voicemail(VoicemailReason.NoMenuChoice)
                    : new RoutingDecision.PlayMenu($"{NotAnOption} {menu.Greeting}", IsReplay: true);
        }

        var roster = rule.RosterFor(groupName) ?? availableAgentIds;
        var available = availableAgentIds.ToHashSet(StringComparer.Ordinal);
        if (!roster.Any(available.Contains))
            return new RoutingDecision.Voicemail(VoicemailReason.NoAgentAvailable);

        return rule.Strategy == RingStrategy.Simultaneous
            ? new RoutingDecision.Ring(roster.Where(available.Contains).Distinct().ToList(), rule.RingTimeout)
            : new RoutingDecision.Ring([NextInTurn(roster, available, lastRungAgentId, skip: new HashSet<string>())!], rule.RingTimeout);
    }

    /// <summary>
    /// After a ring timed out: round robin tries the next available agent nobody has rung on this call; simultaneous
    /// rang everyone at once, so, like round robin with no one left, it goes to voicemail.
    /// </summary>
    /// <param name="alreadyRung">Agents rung on this call, in the order they were rung.</param>
    /// <param name="menuDigit">The key that chose the group, as passed to <see cref="Decide"/>; null without a menu.</param>
    public static RoutingDecision AfterNoAnswer(
        InboundRoutingRule rule, IReadOnlyList<string> availableAgentIds, IReadOnlyList<string> alreadyRung, string? menuDigit = null)
    {
        if (rule.Strategy == RingStrategy.Simultaneous)
            return new RoutingDecision.Voicemail(VoicemailReason.NobodyAnswered);

        var groupName = rule.Menu is { } menu && menu.TryChoose(menuDigit, out var chosen) ? chosen : null;
        var roster = rule.RosterFor(groupName) ?? availableAgentIds;
        var available = availableAgentIds.ToHashSet(StringComparer.Ordinal);
        var next = NextInTurn(roster, available, alreadyRung.LastOrDefault(), skip: alreadyRung.ToHashSet(StringComparer.Ordinal));
        return next is null
            ? new RoutingDecision.Voicemail(VoicemailReason.NobodyAnswered)
            : new RoutingDecision.Ring([next], rule.RingTimeout);
    }

    /// <summary>
    /// The first agent after <paramref name="previous"/> in roster order, wrapping round, who is available and not
    /// skipped; the roster's first when previous is not on it (none yet, or removed since). Null when nobody qualifies.
    /// </summary>
    private static string? NextInTurn(IReadOnlyList<string> roster, HashSet<string> available, string? previous, IReadOnlySet<string> skip)
    {
        var start = previous is null ? -1 : roster.ToList().IndexOf(previous);
        for (var step = 1; step <= roster.Count; step++)
        {
            var agent = roster[(start + step) % roster.Count];
            if (available.Contains(agent) && !skip.Contains(agent))
                return agent;
        }
        return null;
    }
}
