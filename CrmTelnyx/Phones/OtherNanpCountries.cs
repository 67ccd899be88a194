using System.Collections.Frozen;

namespace CrmTelnyx.Phones;

/// <summary>
/// Area codes that dial like +1 numbers but belong to other countries, so an import can name the country
/// instead of calling a Jamaican or Dominican number "unknown".
/// </summary>
public static class OtherNanpCountries
{
    private static readonly FrozenDictionary<string, string> CountryByAreaCode = new Dictionary<string, string>
    {
        ["242"] = "the Bahamas",
        ["246"] = "Barbados",
        ["264"] = "Anguilla",
        ["268"] = "Antigua and Barbuda",
        ["284"] = "the British Virgin Islands",
        ["345"] = "the Cayman Islands",
        ["441"] = "Bermuda",
        ["473"] = "Grenada",
        ["649"] = "the Turks and Caicos Islands",
        ["658"] = "Jamaica",
        ["664"] = "Montserrat",
        ["721"] = "Sint Maarten",
        ["758"] = "Saint Lucia",
        ["767"] = "Dominica",
        ["784"] = "Saint Vincent and the Grenadines",
        ["809"] = "the Dominican Republic",
        ["829"] = "the Dominican Republic",
        ["849"] = "the Dominican Republic",
        ["868"] = "Trinidad and Tobago",
        ["869"] = "Saint Kitts and Nevis",
        ["876"] = "Jamaica",
    }.ToFrozenDictionary();

    /// <summary>The country an area code belongs to, e.g. "Jamaica" for 876; null for US/Canada or unassigned codes.</summary>
    public static string? CountryOf(string areaCode) => CountryByAreaCode.GetValueOrDefault(areaCode);
}
