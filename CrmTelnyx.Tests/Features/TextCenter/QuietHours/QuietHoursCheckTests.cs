using CrmTelnyx.Features.TextCenter.QuietHours;

namespace CrmTelnyx.Tests.Features.TextCenter.QuietHours;

/// <summary>Quiet hours for one recipient (number and contact state). June 2026 is daylight time; 2026-06-07 is a Sunday.</summary>
public sealed class QuietHoursCheckTests
{
    private const string NewYork = "+12125551234";
    private const string LosAngeles = "+12135551234";
    private const string Miami = "+13055551234";
    private const string FloridaPanhandle = "+18505551234";
    private const string Austin = "+15125551234";
    private const string Phoenix = "+16025551234";
    private const string Honolulu = "+18085551234";
    private const string TollFree = "+18005551234";
    private const string UnknownAreaCode = "+15555551234";

    [Theory]
    [InlineData("2026-06-08T11:59Z", false, "2026-06-08T12:00Z")] // 07:59 EDT
    [InlineData("2026-06-08T12:00Z", true, "2026-06-08T12:00Z")] // 08:00 EDT
    [InlineData("2026-06-09T00:59Z", true, "2026-06-09T00:59Z")] // 20:59 EDT
    [InlineData("2026-06-09T01:00Z", false, "2026-06-09T12:00Z")] // 21:00 EDT: waits for 08:00 next day
    public void The_default_window_is_8_am_to_9_pm_local(string now, bool allowed, string sendAt)
        => AssertDecision(NewYork, null, now, allowed, sendAt);

    [Theory]
    [InlineData(Miami, "2026-06-08T23:59Z", true, "2026-06-08T23:59Z")] // 19:59 EDT
    [InlineData(Miami, "2026-06-09T00:30Z", false, "2026-06-09T12:00Z")] // 20:30 EDT → 08:00 EDT next day
    [InlineData(FloridaPanhandle, "2026-06-09T01:30Z", false, "2026-06-09T13:00Z")] // 20:30 CDT → 08:00 CDT
    public void Florida_stops_at_8_pm_and_resumes_at_8_am(string phone, string now, bool allowed, string sendAt)
        => AssertDecision(phone, null, now, allowed, sendAt);

    [Theory]
    [InlineData("2026-06-06T13:59Z", false, "2026-06-06T14:00Z")] // Saturday 08:59 CDT → 09:00
    [InlineData("2026-06-06T14:00Z", true, "2026-06-06T14:00Z")] // Saturday 09:00 CDT
    [InlineData("2026-06-07T02:00Z", false, "2026-06-07T17:00Z")] // Saturday 21:00 CDT → Sunday noon
    [InlineData("2026-06-07T14:00Z", false, "2026-06-07T17:00Z")] // Sunday 09:00 CDT: not before noon
    [InlineData("2026-06-07T17:00Z", true, "2026-06-07T17:00Z")] // Sunday noon CDT
    [InlineData("2026-06-08T02:00Z", false, "2026-06-08T14:00Z")] // Sunday 21:00 CDT → Monday 09:00
    public void Texas_opens_at_9_am_and_at_noon_on_Sunday(string now, bool allowed, string sendAt)
        => AssertDecision(Austin, "TX", now, allowed, sendAt);

    [Fact]
    public void At_one_instant_an_Eastern_recipient_may_be_texted_while_a_Pacific_one_waits()
    {
        var now = Utc("2026-06-08T12:30Z"); // 08:30 EDT, 05:30 PDT

        Assert.Equal(new QuietHoursDecision(true, now), QuietHoursCheck.DecideAt(NewYork, "NY", now));
        Assert.Equal(new QuietHoursDecision(false, Utc("2026-06-08T15:00Z")), QuietHoursCheck.DecideAt(LosAngeles, "CA", now));
    }

    [Theory]
    [InlineData("2026-01-15T14:59Z", false, "2026-01-15T15:00Z")] // winter: 07:59 MST
    [InlineData("2026-03-08T14:00Z", false, "2026-03-08T15:00Z")] // the day the rest of the US springs forward
    [InlineData("2026-07-15T14:59Z", false, "2026-07-15T15:00Z")] // summer: still 07:59 MST, no daylight time
    [InlineData("2026-07-16T03:59Z", true, "2026-07-16T03:59Z")] // 20:59 MST
    [InlineData("2026-07-16T04:00Z", false, "2026-07-16T15:00Z")] // 21:00 MST
    public void Arizona_keeps_standard_time_all_year(string now, bool allowed, string sendAt)
        => AssertDecision(Phoenix, null, now, allowed, sendAt);

    [Theory]
    [InlineData("2026-06-08T17:59Z", false, "2026-06-08T18:00Z")] // 07:59 HST
    [InlineData("2026-06-09T06:59Z", true, "2026-06-09T06:59Z")] // 20:59 HST
    [InlineData("2026-06-09T07:00Z", false, "2026-06-09T18:00Z")] // 21:00 HST
    public void Hawaii_is_ten_hours_behind_UTC(string now, bool allowed, string sendAt)
        => AssertDecision(Honolulu, "HI", now, allowed, sendAt);

    [Theory]
    [InlineData("2026-06-08T14:59Z", false, "2026-06-08T15:00Z")] // 07:59 PDT
    [InlineData("2026-06-08T23:59Z", true, "2026-06-08T23:59Z")] // 19:59 EDT, before Florida and Maryland close
    [InlineData("2026-06-09T00:00Z", false, "2026-06-09T15:00Z")] // 20:00 EDT
    [InlineData("2026-06-07T15:00Z", false, "2026-06-07T18:00Z")] // Sunday: noon in El Paso (Mountain) opens it
    public void A_number_with_no_area_code_and_no_state_gets_the_window_every_US_rule_allows(
        string now, bool allowed, string sendAt)
        => AssertDecision(TollFree, null, now, allowed, sendAt);

    [Theory]
    [InlineData("2026-06-08T12:30Z", false, "2026-06-08T13:00Z")] // 08:30 EDT but 07:30 CDT in the panhandle
    [InlineData("2026-06-08T23:59Z", true, "2026-06-08T23:59Z")]
    [InlineData("2026-06-09T00:00Z", false, "2026-06-09T13:00Z")] // 20:00 EDT
    public void An_unknown_area_code_takes_every_zone_of_the_contacts_state(string now, bool allowed, string sendAt)
        => AssertDecision(UnknownAreaCode, "FL", now, allowed, sendAt);

    [Fact]
    public void A_Florida_contact_with_a_New_York_number_is_held_to_Florida_hours_on_the_numbers_clock_and_Floridas()
    {
        // 20:30 EDT: New York's 9 pm would allow it, the contact's Florida rule does not.
        AssertDecision(NewYork, "FL", "2026-06-09T00:30Z", false, "2026-06-09T13:00Z");
        // 08:30 EDT is 07:30 in Florida's Central panhandle: the contact may live there.
        AssertDecision(NewYork, "FL", "2026-06-08T12:30Z", false, "2026-06-08T13:00Z");
        AssertDecision(NewYork, "FL", "2026-06-08T13:00Z", true, "2026-06-08T13:00Z");
    }

    [Fact]
    public void A_New_York_contact_with_a_Florida_number_keeps_Florida_hours_because_the_area_code_is_Floridas()
        => AssertDecision(Miami, "NY", "2026-06-09T00:30Z", false, "2026-06-09T12:00Z");

    [Fact]
    public void A_New_York_contact_with_a_Los_Angeles_number_waits_for_8_am_Pacific_and_stops_at_9_pm_Eastern()
    {
        AssertDecision(LosAngeles, "NY", "2026-06-08T12:30Z", false, "2026-06-08T15:00Z");
        AssertDecision(LosAngeles, "NY", "2026-06-09T01:00Z", false, "2026-06-09T15:00Z");
    }

    [Theory]
    [InlineData(" fl ")]
    [InlineData("fl")]
    public void The_contacts_state_is_read_in_any_case(string state)
        => AssertDecision(UnknownAreaCode, state, "2026-06-09T00:30Z", false, "2026-06-09T13:00Z");

    [Theory]
    [InlineData("Florida")]
    [InlineData("")]
    [InlineData("ZZ")]
    public void A_state_that_is_not_a_known_code_leaves_the_numbers_area_code_to_decide(string state)
        => AssertDecision(NewYork, state, "2026-06-09T00:30Z", true, "2026-06-09T00:30Z");

    [Fact]
    public void A_deferred_message_goes_when_the_fake_clock_reaches_the_window()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Utc("2026-06-09T00:30Z")); // 20:30 EDT
        var check = new QuietHoursCheck(clock);

        var deferred = check.Decide(Miami, "FL");
        Assert.False(deferred.AllowedNow);

        clock.Advance(deferred.SendAt - clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.False(check.Decide(Miami, "FL").AllowedNow);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new QuietHoursDecision(true, Utc("2026-06-09T12:00Z")), check.Decide(Miami, "FL"));
    }

    [Fact]
    public void An_instant_given_in_another_offset_is_judged_by_its_moment()
    {
        var now = new DateTimeOffset(2026, 6, 8, 20, 30, 0, TimeSpan.FromHours(-4)); // 20:30 EDT as written in New York

        Assert.Equal(new QuietHoursDecision(false, Utc("2026-06-09T12:00Z")), QuietHoursCheck.DecideAt(Miami, "FL", now));
    }

    internal static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();

    private static void AssertDecision(string phone, string? state, string now, bool allowed, string sendAt)
    {
        var decision = QuietHoursCheck.DecideAt(phone, state, Utc(now));

        Assert.Equal(new QuietHoursDecision(allowed, Utc(sendAt)), decision);
        Assert.Equal(TimeSpan.Zero, decision.SendAt.Offset);
    }
}
