using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Contacts.Import;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class ContactRowMapperTests
{
    private static readonly string[] Headers = ["Name", "Phone", "Email", "State", "Tags", "Consent", "Account"];
    private static readonly string[] Mapping =
        [ContactField.FullName, ContactField.Phone, ContactField.Email, ContactField.State, ContactField.Tags, ContactField.Consent, ContactField.Custom];

    private static (ContactDraft? Draft, string? Error) Map(params string[] fields) => ContactRowMapper.Map(Headers, Mapping, fields);

    [Fact]
    public void A_good_row_is_normalised()
    {
        var (draft, error) = Map("Mary Ann Smith", "1 (212) 555-0143", "mary@example.com", "new york", "vip | Chicago; vip", "Yes", "A-17");

        Assert.Null(error);
        Assert.Equal(("Mary Ann", "Smith", "+12125550143", "NY"), (draft!.FirstName, draft.LastName, draft.Phone, draft.State));
        Assert.Equal(["vip", "Chicago"], draft.Tags);
        Assert.Equal(ConsentStatus.OptedIn, draft.Consent);
        Assert.Equal("A-17", draft.CustomFields["Account"]);
    }

    [Fact]
    public void The_state_comes_from_the_area_code_when_the_file_has_none()
    {
        var (draft, _) = Map("Joe", "415.555.0100", "", "", "", "", "");

        Assert.Equal("CA", draft!.State);
        Assert.Null(draft.Consent);
    }

    [Theory]
    [InlineData("555-0100", "Phone: Too short")]
    [InlineData("CALL ME", "Phone: Contains letters")]
    [InlineData("", "Phone: No phone number")]
    public void A_bad_phone_says_why(string phone, string reason) =>
        Assert.StartsWith(reason, Map("Joe", phone, "", "", "", "", "").Error);

    [Fact]
    public void Several_problems_are_all_named()
    {
        var (draft, error) = Map("Joe", "212-555-0100", "joe-at-example", "Atlantis", "", "maybe", "");

        Assert.Null(draft);
        Assert.Contains("Email 'joe-at-example' is not an email address.", error);
        Assert.Contains("State 'Atlantis' is not a US state or Canadian province.", error);
        Assert.Contains("Consent 'maybe' should be yes or no.", error);
    }
}
