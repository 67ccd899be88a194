using CrmTelnyx.Features.Calls.Routing;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Features.Calls.Routing;

/// <summary>Where an inbound call goes: hours first, then the menu, then which agents ring and who is next after no answer.</summary>
public sealed class InboundRouterTests
{
    // Monday 2 June 2025 at noon in Chicago (CDT), a working hour.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 6, 2, 12, 0, 0, TimeSpan.FromHours(-5)));

    private static readonly TimeSpan Twenty = TimeSpan.FromSeconds(20);

    private static InboundRoutingRule Rule(
        RingStrategy strategy, AgentGroup[]? groups = null, RoutingMenu? menu = null,
        string schedule = "Mon-Fri 09:00-17:00", params DateOnly[] holidays) =>
        new(BusinessHoursTests.Hours(schedule, "America/Chicago", holidays), strategy, 20,
            groups ?? [new AgentGroup("Everyone", ["a", "b", "c", "d"])], menu);

    private static readonly RoutingMenu SalesOrSupport =
        new("Press 1 for sales, 2 for support.", new Dictionary<char, string> { ['1'] = "Sales", ['2'] = "Support" });

    private static readonly AgentGroup[] TwoGroups =
        [new AgentGroup("Sales", ["a", "b"]), new AgentGroup("Support", ["c", "d"])];

    private static string[] Rung(RoutingDecision decision) =>
        Assert.IsType<RoutingDecision.Ring>(decision).AgentIds.ToArray();

    private RoutingDecision Decide(InboundRoutingRule rule, string[] available, string? lastRung = null, string? digit = null, bool replayed = false) =>
        InboundRouter.Decide(rule, clock.GetUtcNow(), available, lastRung, digit, replayed);

    [Fact]
    public void Outside_the_hours_goes_to_voicemail_and_the_clock_decides()
    {
        var rule = Rule(RingStrategy.Simultaneous);
        clock.SetUtcNow(new DateTimeOffset(2025, 6, 2, 16, 59, 0, TimeSpan.FromHours(-5)));

        Assert.IsType<RoutingDecision.Ring>(Decide(rule, ["a"]));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new RoutingDecision.Voicemail("after hours"), Decide(rule, ["a"]));
        clock.Advance(TimeSpan.FromDays(5)); // Saturday 17:00
        Assert.Equal(new RoutingDecision.Voicemail(VoicemailReason.AfterHours), Decide(rule, ["a"]));
    }

    [Fact]
    public void A_holiday_goes_to_voicemail_saying_holiday()
    {
        var rule = Rule(RingStrategy.Simultaneous, holidays: new DateOnly(2025, 6, 2));

        Assert.Equal(new RoutingDecision.Voicemail("holiday"), Decide(rule, ["a", "b"]));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.IsType<RoutingDecision.Ring>(Decide(rule, ["a", "b"]));
    }

    [Fact]
    public void Simultaneous_rings_every_available_agent_of_the_rule_in_roster_order()
    {
        var decision = Decide(Rule(RingStrategy.Simultaneous), ["d", "x", "b"]);

        Assert.Equal(["b", "d"], Rung(decision)); // x is available but not on this line
        Assert.Equal(Twenty, Assert.IsType<RoutingDecision.Ring>(decision).Timeout);
    }

    [Fact]
    public void Without_groups_a_rule_rings_whoever_is_available()
    {
        var rule = Rule(RingStrategy.Simultaneous, groups: []);

        Assert.Equal(["x", "b"], Rung(Decide(rule, ["x", "b"])));
        Assert.Equal(new RoutingDecision.Voicemail("no agent available"), Decide(rule, []));
    }

    [Fact]
    public void Nobody_available_goes_to_voicemail()
    {
        Assert.Equal(new RoutingDecision.Voicemail(VoicemailReason.NoAgentAvailable), Decide(Rule(RingStrategy.Simultaneous), ["x"]));
        Assert.Equal(new RoutingDecision.Voicemail(VoicemailReason.NoAgentAvailable), Decide(Rule(RingStrategy.RoundRobin), []));
    }

    [Theory]
    [InlineData(null, "a")] // first call ever: the roster's first
    [InlineData("a", "b")]
    [InlineData("c", "d")]
    [InlineData("d", "a")] // wraps round
    [InlineData("gone", "a")] // the last agent has left the group: start again
    public void Round_robin_gives_the_call_to_the_next_agent_in_turn(string? lastRung, string expected) =>
        Assert.Equal([expected], Rung(Decide(Rule(RingStrategy.RoundRobin), ["a", "b", "c", "d"], lastRung)));

    [Theory]
    [InlineData("a", new[] { "a", "c", "d" }, "c")] // b is busy: skipped
    [InlineData("c", new[] { "a", "b" }, "a")] // d busy, wraps to a
    [InlineData("c", new[] { "b", "c" }, "b")] // d and a busy
    [InlineData("b", new[] { "b" }, "b")] // only the last agent is free: they get it again
    public void Round_robin_skips_agents_who_are_not_available(string lastRung, string[] available, string expected) =>
        Assert.Equal([expected], Rung(Decide(Rule(RingStrategy.RoundRobin), available, lastRung)));

    [Fact]
    public void Round_robin_tries_each_available_agent_once_then_voicemail()
    {
        var rule = Rule(RingStrategy.RoundRobin);
        string[] available = ["a", "b", "d"];
        var rung = new List<string>();

        var decision = Decide(rule, available, lastRung: "a");
        while (decision is RoutingDecision.Ring ring)
        {
            Assert.Equal(Twenty, ring.Timeout);
            rung.Add(Assert.Single(ring.AgentIds));
            Assert.True(rung.Count <= 4, "round robin kept ringing");
            decision = InboundRouter.AfterNoAnswer(rule, available, rung);
        }

        Assert.Equal(["b", "d", "a"], rung);
        Assert.Equal(new RoutingDecision.Voicemail("nobody answered"), decision);
    }

    [Fact]
    public void After_no_answer_an_agent_who_became_free_gets_a_turn_and_one_who_left_does_not()
    {
        var rule = Rule(RingStrategy.RoundRobin);

        Assert.Equal(["c"], Rung(InboundRouter.AfterNoAnswer(rule, ["a", "c"], ["a"]))); // b busy now
        Assert.Equal(["b"], Rung(InboundRouter.AfterNoAnswer(rule, ["a", "b", "c"], ["c", "d", "a"]))); // wraps, b is last
        Assert.Equal(new RoutingDecision.Voicemail(VoicemailReason.NobodyAnswered),
            InboundRouter.AfterNoAnswer(rule, ["a", "b"], ["b", "a"]));
    }

    [Fact]
    public void After_no_answer_simultaneous_has_rung_everyone_so_goes_to_voicemail()
    {
        Assert.Equal(new RoutingDecision.Voicemail("nobody answered"),
            InboundRouter.AfterNoAnswer(Rule(RingStrategy.Simultaneous), ["a", "b", "c"], ["a", "b"]));
    }

    [Fact]
    public void A_menu_plays_first_then_the_digit_picks_the_group()
    {
        var rule = Rule(RingStrategy.Simultaneous, TwoGroups, SalesOrSupport);
        string[] everyone = ["a", "b", "c", "d"];

        Assert.Equal(new RoutingDecision.PlayMenu("Press 1 for sales, 2 for support.", IsReplay: false), Decide(rule, everyone));
        Assert.Equal(["a", "b"], Rung(Decide(rule, everyone, digit: "1")));
        Assert.Equal(["c", "d"], Rung(Decide(rule, everyone, digit: "2")));
    }

    [Fact]
    public void The_menu_is_not_played_when_closed()
    {
        var rule = Rule(RingStrategy.Simultaneous, TwoGroups, SalesOrSupport);
        clock.Advance(TimeSpan.FromHours(8)); // 20:00

        Assert.Equal(new RoutingDecision.Voicemail(VoicemailReason.AfterHours), Decide(rule, ["a"]));
    }

    [Fact]
    public void The_chosen_group_with_nobody_free_goes_to_voicemail_even_if_another_group_is_free()
    {
        var rule = Rule(RingStrategy.Simultaneous, TwoGroups, SalesOrSupport);

        Assert.Equal(new RoutingDecision.Voicemail(VoicemailReason.NoAgentAvailable), Decide(rule, ["a", "b"], digit: "2"));
    }

    [Fact]
    public void A_wrong_key_replays_the_menu_once_then_goes_to_voicemail()
    {
        var rule = Rule(RingStrategy.Simultaneous, TwoGroups, SalesOrSupport);
        string[] everyone = ["a", "b", "c", "d"];
        var replay = new RoutingDecision.PlayMenu("Sorry, that is not one of the options. Press 1 for sales, 2 for support.", IsReplay: true);

        Assert.Equal(replay, Decide(rule, everyone, digit: "7"));
        Assert.Equal(replay, Decide(rule, everyone, digit: "")); // pressed nothing
        Assert.Equal(replay, Decide(rule, everyone, digit: "12"));
        Assert.Equal(new RoutingDecision.Voicemail("no menu choice"), Decide(rule, everyone, digit: "9", replayed: true));
        Assert.Equal(["c", "d"], Rung(Decide(rule, everyone, digit: "2", replayed: true)));
    }

    [Fact]
    public void Round_robin_with_a_menu_takes_turns_within_the_chosen_group()
    {
        var rule = Rule(RingStrategy.RoundRobin, TwoGroups, SalesOrSupport);
        string[] everyone = ["a", "b", "c", "d"];

        Assert.Equal(["c"], Rung(Decide(rule, everyone, lastRung: "b", digit: "2"))); // b is sales: support starts at its first
        Assert.Equal(["d"], Rung(Decide(rule, everyone, lastRung: "c", digit: "2")));
        Assert.Equal(["d"], Rung(InboundRouter.AfterNoAnswer(rule, everyone, ["c"], menuDigit: "2")));
        Assert.Equal(new RoutingDecision.Voicemail(VoicemailReason.NobodyAnswered),
            InboundRouter.AfterNoAnswer(rule, everyone, ["c", "d"], menuDigit: "2")); // sales agents are not tried
    }

    [Fact]
    public void An_agent_in_two_groups_is_rung_once_when_the_call_is_for_every_group()
    {
        var rule = Rule(RingStrategy.Simultaneous, [new AgentGroup("Sales", ["a", "b"]), new AgentGroup("Support", ["b", "c"])]);

        Assert.Equal(["a", "b", "c"], Rung(Decide(rule, ["c", "b", "a"])));
    }

    [Theory]
    [InlineData(4, "Ring for 5 to 120 seconds, not 4.")]
    [InlineData(121, "Ring for 5 to 120 seconds, not 121.")]
    [InlineData(5, null)]
    [InlineData(120, null)]
    public void The_ring_timeout_is_5_to_120_seconds(int seconds, string? expected)
    {
        var hours = BusinessHoursTests.Hours("Mon-Fri 09:00-17:00");

        Assert.Equal(expected is null, InboundRoutingRule.TryCreate(hours, RingStrategy.RoundRobin, seconds, [], null, out var rule, out var error));
        Assert.Equal(expected, error);
        Assert.Equal(expected is null ? seconds : null, rule?.RingTimeoutSeconds);
    }

    public static TheoryData<AgentGroup[], RoutingMenu, string> BadMenus => new()
    {
        { TwoGroups, new RoutingMenu(" ", new Dictionary<char, string> { ['1'] = "Sales" }), "The menu has no greeting to speak." },
        { TwoGroups, new RoutingMenu("Hi", new Dictionary<char, string>()), "The menu has no options." },
        { TwoGroups, new RoutingMenu("Hi", new Dictionary<char, string> { ['0'] = "Sales" }), "Menu option '0' is not a key from 1 to 9." },
        { TwoGroups, new RoutingMenu("Hi", new Dictionary<char, string> { ['#'] = "Sales" }), "Menu option '#' is not a key from 1 to 9." },
        { TwoGroups, new RoutingMenu("Hi", new Dictionary<char, string> { ['3'] = "Billing" }),
            "Menu option 3 sends callers to 'Billing', which is not an agent group." },
        { [new AgentGroup("Sales", ["a"]), new AgentGroup("sales ", ["b"])], SalesOrSupport, "Two agent groups are named 'Sales'." },
        { [new AgentGroup("", ["a"])], SalesOrSupport, "An agent group has no name." },
        { [new AgentGroup("Sales", ["a", " "])], SalesOrSupport, "Agent group 'Sales' has a blank agent." },
    };

    [Theory]
    [MemberData(nameof(BadMenus))]
    public void A_rule_that_could_not_route_is_refused_with_the_reason(AgentGroup[] groups, RoutingMenu menu, string expected)
    {
        var hours = BusinessHoursTests.Hours("Mon-Fri 09:00-17:00");

        Assert.False(InboundRoutingRule.TryCreate(hours, RingStrategy.Simultaneous, 20, groups, menu, out var rule, out var error));
        Assert.Null(rule);
        Assert.Equal(expected, error);
        Assert.Equal(expected, Assert.Throws<ArgumentException>(() => new InboundRoutingRule(hours, RingStrategy.Simultaneous, 20, groups, menu)).Message);
    }
}
