using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CrmTelnyx.Phones;

/// <summary>
/// Area codes that dial like +1 numbers but belong to other countries (Jamaica, the Dominican Republic…), so an import
/// can name the country instead of calling the number "unknown". Which area code is whose comes from libphonenumber's
/// metadata, so new codes (658 Jamaica, 849 Dominican Republic) arrive with a package update; only the names are ours.
/// </summary>
public static class NanpCountries
{
    /// <summary>The US and the territories that text and bill like it; the area-code table gives their state.</summary>
    private static readonly FrozenSet<string> UsAndCanada = FrozenSet.Create("US", "CA", "PR", "VI", "GU", "MP", "AS");

    /// <summary>Names as they read in "area code 876 is …": the library has region codes, not sentences.</summary>
    internal static readonly FrozenDictionary<string, string> NameByRegion = new Dictionary<string, string>
    {
        ["AG"] = "Antigua and Barbuda",
        ["AI"] = "Anguilla",
        ["BB"] = "Barbados",
        ["BM"] = "Bermuda",
        ["BS"] = "the Bahamas",
        ["DM"] = "Dominica",
        ["DO"] = "the Dominican Republic",
        ["GD"] = "Grenada",
        ["JM"] = "Jamaica",
        ["KN"] = "Saint Kitts and Nevis",
        ["KY"] = "the Cayman Islands",
        ["LC"] = "Saint Lucia",
        ["MS"] = "Montserrat",
        ["SX"] = "Sint Maarten",
        ["TC"] = "the Turks and Caicos Islands",
        ["TT"] = "Trinidad and Tobago",
        ["VC"] = "Saint Vincent and the Grenadines",
        ["VG"] = "the British Virgin Islands",
    }.ToFrozenDictionary();

    private static readonly Lazy<FrozenDictionary<string, string>> RegionByAreaCode = new(ReadMetadata);

    /// <summary>The country an area code belongs to, e.g. "Jamaica" for 876; null for US/Canada or unassigned codes.</summary>
    public static string? CountryOf(string areaCode) =>
        RegionByAreaCode.Value.GetValueOrDefault(areaCode) is { } region
            ? NameByRegion.GetValueOrDefault(region, region)
            : null;

    /// <summary>Region codes of the +1 countries other than the US, Canada and US territories, as the library lists them.</summary>
    internal static IEnumerable<string> OtherRegions =>
        PhoneNumberUtil.GetInstance().GetRegionCodesForCountryCode(1).Where(region => !UsAndCanada.Contains(region));

    // Each non-US region's metadata says which leading digits are its own ("658|876" for Jamaica): test every area code once.
    private static FrozenDictionary<string, string> ReadMetadata()
    {
        var util = PhoneNumberUtil.GetInstance();
        var byAreaCode = new Dictionary<string, string>();
        foreach (var region in OtherRegions)
        {
            if (util.GetMetadataForRegion(region)?.LeadingDigits is not { Length: > 0 } leadingDigits)
                continue;
            var leading = new Regex($"^(?:{leadingDigits})$", RegexOptions.CultureInvariant);
            for (var code = 200; code <= 999; code++)
            {
                var areaCode = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (leading.IsMatch(areaCode))
                    byAreaCode.TryAdd(areaCode, region);
            }
        }
        return byAreaCode.ToFrozenDictionary();
    }
}
