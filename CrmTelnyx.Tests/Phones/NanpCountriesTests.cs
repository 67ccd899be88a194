using CrmTelnyx.Phones;

namespace CrmTelnyx.Tests.Phones;

public sealed class NanpCountriesTests
{
    [Theory]
    [InlineData("876", "Jamaica")]
    [InlineData("658", "Jamaica")]
    [InlineData("809", "the Dominican Republic")]
    [InlineData("829", "the Dominican Republic")]
    [InlineData("849", "the Dominican Republic")]
    [InlineData("242", "the Bahamas")]
    [InlineData("441", "Bermuda")]
    [InlineData("868", "Trinidad and Tobago")]
    [InlineData("345", "the Cayman Islands")]
    public void An_area_code_of_another_plus_one_country_names_it(string areaCode, string country) =>
        Assert.Equal(country, NanpCountries.CountryOf(areaCode));

    [Theory]
    [InlineData("212")]
    [InlineData("416")]
    [InlineData("787")]
    [InlineData("340")]
    [InlineData("671")]
    [InlineData("800")]
    [InlineData("999")]
    [InlineData("")]
    public void US_Canadian_territorial_toll_free_and_unassigned_codes_name_no_other_country(string areaCode) =>
        Assert.Null(NanpCountries.CountryOf(areaCode));

    [Fact]
    public void Every_other_plus_one_country_libphonenumber_lists_has_a_name_for_sentences() =>
        Assert.All(NanpCountries.OtherRegions, region => Assert.True(NanpCountries.NameByRegion.ContainsKey(region), region));
}
