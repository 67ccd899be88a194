namespace CrmTelnyx.Features.Contacts;

/// <summary>Accepts a state or province as its two-letter code or its name ("ca", "California", "Ontario").</summary>
public static class StateNames
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Alabama"] = "AL", ["Alaska"] = "AK", ["Arizona"] = "AZ", ["Arkansas"] = "AR", ["California"] = "CA", ["Colorado"] = "CO",
        ["Connecticut"] = "CT", ["Delaware"] = "DE", ["District of Columbia"] = "DC", ["Washington DC"] = "DC", ["Florida"] = "FL",
        ["Georgia"] = "GA", ["Hawaii"] = "HI", ["Idaho"] = "ID", ["Illinois"] = "IL", ["Indiana"] = "IN", ["Iowa"] = "IA",
        ["Kansas"] = "KS", ["Kentucky"] = "KY", ["Louisiana"] = "LA", ["Maine"] = "ME", ["Maryland"] = "MD", ["Massachusetts"] = "MA",
        ["Michigan"] = "MI", ["Minnesota"] = "MN", ["Mississippi"] = "MS", ["Missouri"] = "MO", ["Montana"] = "MT", ["Nebraska"] = "NE",
        ["Nevada"] = "NV", ["New Hampshire"] = "NH", ["New Jersey"] = "NJ", ["New Mexico"] = "NM", ["New York"] = "NY",
        ["North Carolina"] = "NC", ["North Dakota"] = "ND", ["Ohio"] = "OH", ["Oklahoma"] = "OK", ["Oregon"] = "OR",
        ["Pennsylvania"] = "PA", ["Rhode Island"] = "RI", ["South Carolina"] = "SC", ["South Dakota"] = "SD", ["Tennessee"] = "TN",
        ["Texas"] = "TX", ["Utah"] = "UT", ["Vermont"] = "VT", ["Virginia"] = "VA", ["Washington"] = "WA", ["West Virginia"] = "WV",
        ["Wisconsin"] = "WI", ["Wyoming"] = "WY", ["Puerto Rico"] = "PR", ["Guam"] = "GU", ["U.S. Virgin Islands"] = "VI",
        ["American Samoa"] = "AS", ["Northern Mariana Islands"] = "MP",
        ["Alberta"] = "AB", ["British Columbia"] = "BC", ["Manitoba"] = "MB", ["New Brunswick"] = "NB",
        ["Newfoundland and Labrador"] = "NL", ["Newfoundland"] = "NL", ["Nova Scotia"] = "NS", ["Northwest Territories"] = "NT",
        ["Nunavut"] = "NU", ["Ontario"] = "ON", ["Prince Edward Island"] = "PE", ["Quebec"] = "QC", ["Québec"] = "QC",
        ["Saskatchewan"] = "SK", ["Yukon"] = "YT",
    };

    private static readonly HashSet<string> Codes = new(ByName.Values, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> AllCodes { get; } = ByName.Values.Distinct().Order().ToList();

    // The first name listed for a code is its usual one ("District of Columbia", not "Washington DC").
    private static readonly Dictionary<string, string> NameByCode = ByName.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.First().Key);

    /// <summary>"New York" for "NY"; null for a code that is not a state, territory or province.</summary>
    public static string? NameOf(string? code) => code is null ? null : NameByCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    public static string? ToCode(string text)
    {
        var value = text.Trim().TrimEnd('.');
        if (value.Length == 2 && Codes.Contains(value)) return value.ToUpperInvariant();
        return ByName.GetValueOrDefault(value);
    }
}
