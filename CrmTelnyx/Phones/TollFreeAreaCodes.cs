namespace CrmTelnyx.Phones;

/// <summary>
/// NANP toll-free codes. They are valid numbers but belong to no state or time zone,
/// so they are kept out of nanp-area-codes.csv and callers check here before billing by state or quiet hours.
/// </summary>
public static class TollFreeAreaCodes
{
    public static IReadOnlySet<string> All { get; } =
        new HashSet<string> { "800", "833", "844", "855", "866", "877", "888" };

    public static bool Contains(string areaCode) => All.Contains(areaCode);

    /// <summary>True for a +1 E.164 number such as "+18005551234" whose area code is toll-free.</summary>
    public static bool IsTollFree(string e164) =>
        e164.Length == 12 && e164.StartsWith("+1", StringComparison.Ordinal) && Contains(e164.Substring(2, 3));
}
