using CrmTelnyx.Features.Contacts.Import;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class ColumnMappingDetectorTests
{
    [Theory]
    [InlineData("First Name", ContactField.FirstName)]
    [InlineData("first_name", ContactField.FirstName)]
    [InlineData("FNAME", ContactField.FirstName)]
    [InlineData("Surname", ContactField.LastName)]
    [InlineData("Phone", ContactField.Phone)]
    [InlineData("Mobile", ContactField.Phone)]
    [InlineData("Cell Phone", ContactField.Phone)]
    [InlineData("Phone Number", ContactField.Phone)]
    [InlineData("E-mail Address", ContactField.Email)]
    [InlineData("Organisation", ContactField.Company)]
    [InlineData("Province", ContactField.State)]
    [InlineData("Groups", ContactField.Tags)]
    [InlineData("SMS Opt-In", ContactField.Consent)]
    [InlineData("Favourite colour", ContactField.Ignore)]
    public void A_header_is_proposed_as_the_field_it_names(string header, string expected) =>
        Assert.Equal(expected, ColumnMappingDetector.Propose([header])[0]);

    [Fact]
    public void Only_the_first_of_two_phone_columns_is_proposed_as_phone()
    {
        var proposal = ColumnMappingDetector.Propose(["Phone", "Mobile", "Name"]);

        Assert.Equal([ContactField.Phone, ContactField.Ignore, ContactField.FullName], proposal);
    }

    [Fact]
    public void A_full_name_column_is_ignored_when_first_and_last_name_columns_exist()
    {
        var proposal = ColumnMappingDetector.Propose(["Name", "First Name", "Last Name", "Tel"]);

        Assert.Equal([ContactField.Ignore, ContactField.FirstName, ContactField.LastName, ContactField.Phone], proposal);
    }
}
