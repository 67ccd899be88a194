using CrmTelnyx.Features.Calls.Recording;

namespace CrmTelnyx.Tests.Features.Calls.Recording;

/// <summary>Whether a recorded call starts with the announcement, from the number's area code and the contact's address state.</summary>
public sealed class RecordingConsentTests
{
    [Theory]
    [InlineData("+14155550123", "CA (area code 415) requires every party's consent to record a call.")]
    [InlineData("+13055550123", "FL (area code 305) requires every party's consent to record a call.")]
    [InlineData("+13135550123", "MI (area code 313) requires every party's consent to record a call.")] // disputed, listed to be safe
    [InlineData("+17025550123", "NV (area code 702) requires every party's consent to record a call.")]
    public void A_number_in_an_all_party_state_needs_the_announcement(string phone, string reason) =>
        Assert.Equal(new ConsentAnnouncement(true, reason), RecordingConsent.AnnouncementNeeded(phone, null));

    [Theory]
    [InlineData("+12145550123", "TX (area code 214) needs only one party's consent to record a call.")]
    [InlineData("+12125550123", "NY (area code 212) needs only one party's consent to record a call.")]
    [InlineData("+15035550123", "OR (area code 503) needs only one party's consent to record a call.")] // all-party in person only
    public void A_number_in_a_one_party_state_does_not(string phone, string reason) =>
        Assert.Equal(new ConsentAnnouncement(false, reason), RecordingConsent.AnnouncementNeeded(phone, " "));

    [Fact]
    public void The_address_state_counts_when_the_area_code_is_one_party()
    {
        Assert.Equal(
            new ConsentAnnouncement(true, "CA (the contact's address) requires every party's consent to record a call."),
            RecordingConsent.AnnouncementNeeded("+12125550123", "CA"));
        Assert.True(RecordingConsent.AnnouncementNeeded("+12125550123", "california").Needed);
        Assert.True(RecordingConsent.AnnouncementNeeded("+12145550123", "Florida").Needed);
    }

    [Fact]
    public void An_all_party_area_code_counts_even_when_the_address_is_elsewhere()
    {
        // The person may live in either place; California's law follows its residents.
        Assert.Equal(
            new ConsentAnnouncement(true, "CA (area code 415) requires every party's consent to record a call."),
            RecordingConsent.AnnouncementNeeded("+14155550123", "TX"));
        Assert.Equal(
            new ConsentAnnouncement(true, "WA (the contact's address) and CA (area code 415) require every party's consent to record a call."),
            RecordingConsent.AnnouncementNeeded("+14155550123", "WA"));
    }

    [Fact]
    public void Both_one_party_states_need_no_announcement()
    {
        Assert.Equal(
            new ConsentAnnouncement(false, "NY (the contact's address) and TX (area code 214) need only one party's consent to record a call."),
            RecordingConsent.AnnouncementNeeded("+12145550123", "NY"));
        Assert.Equal(
            new ConsentAnnouncement(false, "NY (the contact's address) needs only one party's consent to record a call."),
            RecordingConsent.AnnouncementNeeded("+12125550123", "ny"));
    }

    [Fact]
    public void A_toll_free_number_is_announced_unless_the_address_says_a_one_party_state()
    {
        Assert.Equal(
            new ConsentAnnouncement(true, "A toll-free number and no address state, so the state cannot be told: announcing to be safe."),
            RecordingConsent.AnnouncementNeeded("+18005550199", null));
        Assert.Equal(
            new ConsentAnnouncement(true, "A toll-free number and 'Calif' is not a state, so the state cannot be told: announcing to be safe."),
            RecordingConsent.AnnouncementNeeded("+18885550199", "Calif"));
        Assert.True(RecordingConsent.AnnouncementNeeded("+18005550199", "FL").Needed);
        Assert.False(RecordingConsent.AnnouncementNeeded("+18005550199", "TX").Needed);
    }

    [Theory]
    [InlineData("+442079460000", null, "Not a US number and no address state, so the state cannot be told: announcing to be safe.")]
    [InlineData("+18765550123", null, "Area code 876 is not a US or Canadian area code and no address state, so the state cannot be told: announcing to be safe.")]
    [InlineData("+14165550123", null, "ON (area code 416) is not a US state whose recording law is on file: announcing to be safe.")]
    [InlineData("+17875550123", null, "PR (area code 787) is not a US state whose recording law is on file: announcing to be safe.")]
    [InlineData("+12125550123", "ON", "ON (the contact's address) is not a US state whose recording law is on file: announcing to be safe.")]
    public void Anywhere_whose_law_is_not_on_file_is_announced_and_says_why(string phone, string? state, string reason) =>
        Assert.Equal(new ConsentAnnouncement(true, reason), RecordingConsent.AnnouncementNeeded(phone, state));

    [Fact]
    public void The_announcement_says_the_call_may_be_recorded()
    {
        Assert.Contains("may be recorded", RecordingConsent.AnnouncementText, StringComparison.Ordinal);
    }
}
