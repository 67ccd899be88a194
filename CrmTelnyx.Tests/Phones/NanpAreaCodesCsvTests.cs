using System.Globalization;
using CrmTelnyx.Phones;
using PhoneNumbers;

namespace CrmTelnyx.Tests.Phones;

/// <summary>Checks the shipped CSV itself, line by line, so a bad edit names the line rather than a lookup failing later.</summary>
public sealed class NanpAreaCodesCsvTests
{
    private static readonly string[] Lines = ReadEmbeddedCsv();

    private static IEnumerable<string[]> Rows => Lines.Skip(1).Select(line => line.Split(','));

    [Fact]
    public void The_file_has_one_header_line_then_four_fields_a_row()
    {
        Assert.Equal("area_code,region,country,time_zone", Lines[0]);
        Assert.All(Lines.Skip(1), line => Assert.Equal(4, line.Split(',').Length));
    }

    [Fact]
    public void Area_codes_are_unique_and_sorted()
    {
        var codes = Rows.Select(row => row[0]).ToList();

        Assert.Empty(codes.GroupBy(code => code).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Every_area_code_is_a_geographic_NANP_code()
    {
        Assert.All(Rows, row =>
        {
            var code = row[0];
            Assert.Matches("^[2-9][0-9]{2}$", code);
            Assert.False(code[1..] == "11", $"{code} is an N11 service code");
            Assert.False(TollFreeNumbers.IsTollFree($"+1{code}2345678"), $"{code} is toll-free");
            Assert.Null(NanpCountries.CountryOf(code));
        });
    }

    [Fact]
    public void Every_row_has_a_two_letter_region_and_a_US_or_CA_country()
    {
        Assert.All(Rows, row =>
        {
            Assert.Matches("^[A-Z]{2}$", row[1]);
            Assert.Contains(row[2], new[] { "US", "CA" });
        });
    }

    [Fact]
    public void Every_time_zone_resolves_on_this_machine()
    {
        Assert.All(Rows.Select(row => row[3]).Distinct(), zone => Assert.NotNull(TimeZoneInfo.FindSystemTimeZoneById(zone)));
    }

    [Fact]
    public void The_table_covers_the_US_and_Canada_broadly()
    {
        Assert.True(Rows.Count(row => row[2] == "US") >= 350);
        Assert.True(Rows.Count(row => row[2] == "CA") >= 40);
        Assert.Equal(Lines.Length - 1, NanpAreaCodes.All.Count);
    }

    [Fact]
    public void Every_US_and_Canadian_area_code_libphonenumber_knows_has_a_row()
    {
        // A new overlay arrives with a libphonenumber update: its row gives the contact's state and the quiet-hours zone.
        var util = PhoneNumberUtil.GetInstance();
        PhoneNumberType[] geographic = [PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE];
        var missing = new List<string>();
        for (var code = 200; code <= 999; code++)
        {
            var areaCode = code.ToString(CultureInfo.InvariantCulture);
            var known = new[] { "234", "555", "777" }
                .Select(exchange => util.Parse($"+1{areaCode}{exchange}4567", null))
                .Any(number => geographic.Contains(util.GetNumberType(number)) && NanpCountries.CountryOf(areaCode) is null);
            if (known && NanpAreaCodes.Find(areaCode) is null)
                missing.Add(areaCode);
        }

        Assert.Empty(missing);
    }

    private static string[] ReadEmbeddedCsv()
    {
        using var stream = typeof(NanpAreaCodes).Assembly.GetManifestResourceStream(NanpAreaCodes.ResourceName)
            ?? throw new InvalidOperationException($"{NanpAreaCodes.ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
