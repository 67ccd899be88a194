using System.Text;
using CrmTelnyx.Features.TextCenter.QuietHours;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Tests.Features.TextCenter.QuietHours;

/// <summary>quiet-hours.json as shipped, and what the reader refuses.</summary>
public sealed class QuietHoursRulesTests
{
    private static DailyWindow Window(int startHour, int endHour) => new(new TimeOnly(startHour, 0), new TimeOnly(endHour, 0));

    [Fact]
    public void The_default_is_8_am_to_9_pm_every_day()
    {
        Assert.Null(QuietHoursRules.Default.State);
        Assert.All(Enum.GetValues<DayOfWeek>(), day => Assert.Equal(Window(8, 21), QuietHoursRules.Default.WindowOn(day)));
    }

    [Theory]
    [InlineData("FL")]
    [InlineData("MD")]
    [InlineData("OK")]
    [InlineData("WA")]
    public void These_states_allow_8_am_to_8_pm_every_day(string state) =>
        Assert.All(Enum.GetValues<DayOfWeek>(), day => Assert.Equal(Window(8, 20), QuietHoursRules.For(state).WindowOn(day)));

    [Fact]
    public void Texas_allows_9_am_to_9_pm_and_noon_to_9_pm_on_Sunday()
    {
        var texas = QuietHoursRules.For("tx");

        Assert.Equal(Window(12, 21), texas.WindowOn(DayOfWeek.Sunday));
        Assert.All(Enum.GetValues<DayOfWeek>().Where(day => day != DayOfWeek.Sunday),
            day => Assert.Equal(Window(9, 21), texas.WindowOn(day)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("NY")]
    [InlineData("ZZ")]
    [InlineData("")]
    public void A_state_without_its_own_rule_gets_the_default(string? state) =>
        Assert.Same(QuietHoursRules.Default, QuietHoursRules.For(state));

    [Fact]
    public void The_shipped_file_is_consistent()
    {
        using var stream = typeof(QuietHoursRules).Assembly.GetManifestResourceStream(QuietHoursRules.ResourceName);
        Assert.NotNull(stream);
        var (defaultRule, states) = QuietHoursFile.Read(stream);

        Assert.NotEmpty(states);
        Assert.Equal(states.Count, states.Select(rule => rule.State).Distinct().Count());
        Assert.All(states.Prepend(defaultRule), rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Source));
            Assert.Equal(7, rule.WindowsByDay.Count);
            Assert.Contains(rule.WindowsByDay, window => window is not null);
            Assert.All(rule.WindowsByDay.OfType<DailyWindow>(), window => Assert.True(window.Start < window.End));
        });
        Assert.All(states, rule => Assert.Contains(rule.State!, NanpAreaCodes.Regions));
    }

    [Fact]
    public void No_state_rule_allows_more_than_the_default()
    {
        Assert.All(QuietHoursRules.States, rule => Assert.All(Enum.GetValues<DayOfWeek>(), day =>
        {
            var window = rule.WindowOn(day);
            var outer = QuietHoursRules.Default.WindowOn(day)!;
            Assert.True(window is null || (window.Start >= outer.Start && window.End <= outer.End), $"{rule.State} {day}");
        }));
    }

    [Fact]
    public void A_looser_state_rule_is_tightened_to_the_default()
    {
        var loose = QuietHoursRule.EveryDay("NY", new TimeOnly(7, 0), new TimeOnly(20, 0), "test");

        Assert.Equal(Window(8, 20), loose.TightenedBy(QuietHoursRules.Default).WindowOn(DayOfWeek.Monday));
    }

    [Fact]
    public void A_day_can_be_closed()
    {
        var (_, states) = Read("""
            { "default": { "start": "08:00", "end": "21:00", "source": "s" },
              "states": [ { "state": "UT", "start": "08:00", "end": "20:00", "days": { "sunday": { "closed": true } }, "source": "s" } ] }
            """);

        Assert.Null(states[0].WindowOn(DayOfWeek.Sunday));
        Assert.Equal(Window(8, 20), states[0].WindowOn(DayOfWeek.Saturday));
    }

    [Theory]
    [InlineData("""{ "default": { "start": "08:00", "end": "21:00", "source": "s" }, "states": [ { "state": "XX", "start": "08:00", "end": "20:00", "source": "s" } ] }""", "XX")]
    [InlineData("""{ "default": { "start": "21:00", "end": "08:00", "source": "s" } }""", "not before its end")]
    [InlineData("""{ "default": { "start": "08:00", "end": "08:00", "source": "s" } }""", "not before its end")]
    [InlineData("""{ "default": { "start": "08:00", "end": "21:00" } }""", "no source")]
    [InlineData("""{ "default": { "start": "8am", "end": "21:00", "source": "s" } }""", "8am")]
    [InlineData("""{ "states": [] }""", "default")]
    [InlineData("""{ "default": { "start": "08:00", "end": "21:00", "source": "s" }, "states": [ { "state": "FL", "start": "08:00", "end": "20:00", "source": "s" }, { "state": "fl", "start": "08:00", "end": "20:00", "source": "s" } ] }""", "twice")]
    [InlineData("""{ "default": { "start": "08:00", "end": "21:00", "source": "s", "days": { "Funday": { "closed": true } } } }""", "Funday")]
    [InlineData("""{ "default": { "start": "08:00", "end": "21:00", "source": "s", "days": { "7": { "closed": true } } } }""", "\"7\"")]
    public void A_wrong_file_is_refused_with_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(json));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_rule_closed_every_day_is_refused()
    {
        var days = string.Join(", ", Enum.GetNames<DayOfWeek>().Select(day => $"\"{day}\": {{ \"closed\": true }}"));

        var error = Assert.Throws<InvalidDataException>(() =>
            Read($$"""{ "default": { "start": "08:00", "end": "21:00", "source": "s", "days": { {{days}} } } }"""));
        Assert.Contains("closed every day", error.Message);
    }

    private static (QuietHoursRule Default, IReadOnlyList<QuietHoursRule> States) Read(string json) =>
        QuietHoursFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
