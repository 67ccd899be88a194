using System.Text.RegularExpressions;

namespace CrmTelnyx.Sandbox;

/// <summary>+ then a country code and up to 15 digits in all, as Telnyx requires.</summary>
public static partial class E164
{
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex(@"^\+[1-9]\d{6,14}$")]
    private static partial Regex Pattern();
}
