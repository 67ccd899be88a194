using System.Text.RegularExpressions;

namespace CrmTelnyx.Sandbox;

/// <summary>+ then a country code and up to 15 digits in all, as Telnyx requires.</summary>
public static partial class E164
{
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    /// <summary>North American numbers (+1) must be ten digits with an area code and exchange that start 2–9.</summary>
    public static bool IsDialable(string value) =>
        !value.StartsWith("+1", StringComparison.Ordinal) || (value.Length == 12 && value[2] >= '2' && value[5] >= '2');

    // [0-9], not \d: .NET's \d matches every script's digits ("٣"), Telnyx only ASCII ones.
    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex Pattern();
}
