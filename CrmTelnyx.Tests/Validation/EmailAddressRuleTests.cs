using CrmTelnyx.Validation;

namespace CrmTelnyx.Tests.Validation;

public sealed class EmailAddressRuleTests
{
    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("ada.lovelace+crm@mail.example.co.uk")]
    [InlineData("o'brien_1@example.org")]
    [InlineData("jose@bücher.de")]
    public void Addresses_people_use_are_accepted(string email) => Assert.Null(EmailAddressRule.Error(email));

    [Theory]
    [InlineData("a@b")]                       // no dot in the domain
    [InlineData("a@x.com<script>")]
    [InlineData("<a@x.com>")]
    [InlineData("Ada <a@x.com>")]             // a display name
    [InlineData("a b@x.com")]
    [InlineData("a@@x.com")]
    [InlineData("a@x..com")]
    [InlineData(".a@x.com")]
    [InlineData("a@-x.com")]
    [InlineData("a@x.123")]
    [InlineData("\"a\"@x.com")]
    [InlineData("not-an-email")]
    public void Odd_addresses_are_refused_in_words(string email) => Assert.Equal(EmailAddressRule.Invalid, EmailAddressRule.Error(email));

    [Fact]
    public void An_address_over_254_characters_is_refused_as_too_long()
    {
        var email = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".com";
        Assert.True(email.Length > 254);
        Assert.Equal("At most 254 characters.", EmailAddressRule.Error(email));
    }

    [Fact]
    public void An_empty_box_is_left_to_the_field_that_requires_it() => Assert.Null(EmailAddressRule.Error("  "));
}
