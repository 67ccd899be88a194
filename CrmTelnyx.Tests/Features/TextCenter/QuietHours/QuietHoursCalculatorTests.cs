using CrmTelnyx.Features.TextCenter.QuietHours;
using static CrmTelnyx.Tests.Features.TextCenter.QuietHours.QuietHoursCheckTests;

namespace CrmTelnyx.Tests.Features.TextCenter.QuietHours;

/// <summary>Rules the data file may hold but the shipped one does not: closed days, several constraints at once.</summary>
public sealed class QuietHoursCalculatorTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    private static QuietHoursRule ClosedOnSunday()
    {
        var windows = Enumerable.Repeat<DailyWindow?>(new DailyWindow(new TimeOnly(8, 0), new TimeOnly(21, 0)), 7).ToArray();
        windows[(int)DayOfWeek.Sunday] = null;
        return new QuietHoursRule("XX", windows, "test");
    }

    [Theory]
    [InlineData("2026-06-07T01:00Z", "2026-06-08T12:00Z")] // Saturday 21:00 EDT → Monday 08:00 EDT, skipping Sunday
    [InlineData("2026-06-07T16:00Z", "2026-06-08T12:00Z")] // Sunday noon
    [InlineData("2026-06-08T03:59Z", "2026-06-08T12:00Z")] // Sunday 23:59
    [InlineData("2026-06-08T04:00Z", "2026-06-08T12:00Z")] // Monday 00:00: the day changed, the window has not opened
    public void A_closed_day_is_skipped(string now, string sendAt)
    {
        var constraint = new QuietHoursConstraint(ClosedOnSunday(), NewYork);

        Assert.False(QuietHoursCalculator.IsAllowed(constraint, Utc(now)));
        Assert.Equal(Utc(sendAt), QuietHoursCalculator.NextAllowed(constraint, Utc(now)));
    }

    [Fact]
    public void An_allowed_instant_is_its_own_answer()
    {
        var constraint = new QuietHoursConstraint(QuietHoursRules.Default, NewYork);

        Assert.Equal(Utc("2026-06-08T15:00Z"), QuietHoursCalculator.NextAllowed(constraint, Utc("2026-06-08T15:00Z")));
    }

    [Fact]
    public void Several_constraints_wait_for_the_first_instant_all_of_them_allow()
    {
        QuietHoursConstraint[] both = [new(QuietHoursRules.Default, NewYork), new(QuietHoursRules.Default, LosAngeles)];

        // Saturday 21:00 EDT is past New York's window; Sunday 08:00 EDT is still 05:00 PDT: 08:00 PDT is 15:00Z.
        Assert.Equal(Utc("2026-06-07T15:00Z"), QuietHoursCalculator.NextAllowed(both, Utc("2026-06-07T01:00Z")));
        Assert.False(QuietHoursCalculator.IsAllowed(both, Utc("2026-06-07T14:59Z")));
        Assert.True(QuietHoursCalculator.IsAllowed(both, Utc("2026-06-07T15:00Z")));
    }

    [Fact]
    public void Constraints_that_never_overlap_are_an_error_rather_than_a_silent_drop()
    {
        QuietHoursConstraint[] disjoint =
        [
            new(QuietHoursRule.EveryDay(null, new TimeOnly(8, 0), new TimeOnly(9, 0), "test"), NewYork),
            new(QuietHoursRule.EveryDay(null, new TimeOnly(8, 0), new TimeOnly(9, 0), "test"), LosAngeles),
        ];

        Assert.Throws<InvalidOperationException>(() => QuietHoursCalculator.NextAllowed(disjoint, Utc("2026-06-08T00:00Z")));
    }
}
