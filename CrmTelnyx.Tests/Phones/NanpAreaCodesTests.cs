using CrmTelnyx.Phones;

namespace CrmTelnyx.Tests.Phones;

public sealed class NanpAreaCodesTests
{
    [Theory]
    [InlineData("212", "NY", "US", "America/New_York")]
    [InlineData("213", "CA", "US", "America/Los_Angeles")]
    [InlineData("415", "CA", "US", "America/Los_Angeles")]
    [InlineData("303", "CO", "US", "America/Denver")]
    [InlineData("602", "AZ", "US", "America/Phoenix")]
    [InlineData("808", "HI", "US", "Pacific/Honolulu")]
    [InlineData("907", "AK", "US", "America/Anchorage")]
    [InlineData("202", "DC", "US", "America/New_York")]
    [InlineData("312", "IL", "US", "America/Chicago")]
    [InlineData("317", "IN", "US", "America/Indiana/Indianapolis")]
    [InlineData("915", "TX", "US", "America/Denver")]
    [InlineData("850", "FL", "US", "America/Chicago")]
    [InlineData("787", "PR", "US", "America/Puerto_Rico")]
    [InlineData("939", "PR", "US", "America/Puerto_Rico")]
    [InlineData("340", "VI", "US", "America/St_Thomas")]
    [InlineData("671", "GU", "US", "Pacific/Guam")]
    [InlineData("670", "MP", "US", "Pacific/Saipan")]
    [InlineData("684", "AS", "US", "Pacific/Pago_Pago")]
    [InlineData("416", "ON", "CA", "America/Toronto")]
    [InlineData("514", "QC", "CA", "America/Toronto")]
    [InlineData("604", "BC", "CA", "America/Vancouver")]
    [InlineData("403", "AB", "CA", "America/Edmonton")]
    [InlineData("709", "NL", "CA", "America/St_Johns")]
    public void An_area_code_maps_to_its_region_country_and_time_zone(
        string areaCode, string region, string country, string timeZone)
        => Assert.Equal(new AreaCodeInfo(areaCode, region, country, timeZone), NanpAreaCodes.Find(areaCode));

    [Theory]
    [InlineData("555")]
    [InlineData("800")]
    [InlineData("911")]
    [InlineData("876")]
    [InlineData("")]
    public void Codes_that_are_not_US_Canada_geographic_are_not_found(string areaCode) =>
        Assert.Null(NanpAreaCodes.Find(areaCode));

    [Fact]
    public void A_plus_one_number_finds_its_area_code()
    {
        Assert.Equal("NY", NanpAreaCodes.ForE164("+12125551234")?.Region);
        Assert.Equal("ON", NanpAreaCodes.ForE164("+14165551234")?.Region);
        Assert.Null(NanpAreaCodes.ForE164("+442079460000"));
        Assert.Null(NanpAreaCodes.ForE164("2125551234"));
    }

    [Fact]
    public void New_York_area_codes_include_Manhattan_the_boroughs_and_the_mobile_overlay()
    {
        var newYork = NanpAreaCodes.AreaCodesIn("NY");

        Assert.Contains("212", newYork);
        Assert.Contains("718", newYork);
        Assert.Contains("917", newYork);
        Assert.Equal(newYork.Order(StringComparer.Ordinal), newYork);
        Assert.Equal(newYork, NanpAreaCodes.AreaCodesIn("ny"));
    }

    [Fact]
    public void All_lists_every_area_code_once_in_ascending_order()
    {
        var codes = NanpAreaCodes.All.Select(row => row.AreaCode).ToList();

        Assert.Equal(codes.Distinct().Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, NanpAreaCodes.Regions.Sum(region => NanpAreaCodes.AreaCodesIn(region).Count));
    }

    [Fact]
    public void An_unknown_region_has_no_area_codes() => Assert.Empty(NanpAreaCodes.AreaCodesIn("ZZ"));

    [Fact]
    public void Every_state_DC_and_province_has_area_codes()
    {
        string[] expected =
        [
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "AB", "BC", "MB", "NB", "NL", "NS", "ON", "QC", "SK",
        ];

        Assert.Empty(expected.Except(NanpAreaCodes.Regions));
        Assert.Equal(NanpAreaCodes.Regions.Order(StringComparer.Ordinal), NanpAreaCodes.Regions);
    }

    [Theory]
    [InlineData("800")]
    [InlineData("833")]
    [InlineData("844")]
    [InlineData("855")]
    [InlineData("866")]
    [InlineData("877")]
    [InlineData("888")]
    public void Toll_free_codes_are_known_but_kept_out_of_the_geographic_table(string code)
    {
        Assert.True(TollFreeNumbers.IsTollFree($"+1{code}5551234"));
        Assert.Null(NanpAreaCodes.Find(code));
    }

    [Theory]
    [InlineData("+12125551234")]
    [InlineData("+14165551234")]
    [InlineData("+442079460000")]
    [InlineData("+1800555123")]
    [InlineData("")]
    public void Geographic_foreign_and_malformed_numbers_are_not_toll_free(string e164) =>
        Assert.False(TollFreeNumbers.IsTollFree(e164));
}
