using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmTelnyx.Phones;

/// <summary>
/// Turns a US/Canada phone number as people write it ("(212) 555-1234", "+1 212.555.1234") into E.164,
/// or explains in one sentence why it cannot be texted or called.
/// </summary>
public static partial class PhoneNumberNormalizer
{
    private const string NationalLength = "a US/Canada number has 10";

    public static PhoneNormalization Normalize(string? input)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
            return PhoneNormalization.Invalid("No phone number.");

        // An extension cannot be texted or dialled by Telnyx; say so rather than "contains letters".
        var extension = TrailingExtension().Match(text);
        if (extension.Success)
            return PhoneNormalization.Invalid(
                $"Has an extension ('{extension.Value.Trim()}'): texts and calls need the number without it.");

        var letters = new string(text.Where(char.IsLetter).ToArray());
        if (letters.Length > 0)
            return PhoneNormalization.Invalid($"Contains letters: '{letters}'.");

        var hasPlus = text[0] == '+';
        var body = hasPlus ? text[1..] : text;
        var unexpected = new string(body.Where(c => !char.IsAsciiDigit(c) && !IsSeparator(c)).Distinct().ToArray());
        if (unexpected.Length > 0)
            return PhoneNormalization.Invalid($"Contains characters a phone number cannot have: '{unexpected}'.");

        var digits = new string(body.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
            return PhoneNormalization.Invalid("No phone number.");

        var (national, error) = hasPlus ? AfterPlus(digits) : WithoutPlus(digits);
        return error is not null ? PhoneNormalization.Invalid(error) : CheckNanpRules(national!);
    }

    /// <summary>"+12125551234" → "(212) 555-1234"; anything that is not a +1 E.164 number is returned unchanged.</summary>
    public static string Format(string e164)
    {
        var isNanp = e164.Length == 12 && e164.StartsWith("+1", StringComparison.Ordinal)
            && e164.Skip(2).All(char.IsAsciiDigit);
        return isNanp ? $"({e164[2..5]}) {e164[5..8]}-{e164[8..]}" : e164;
    }

    /// <summary>The 10 digits after "+1", or why there are not.</summary>
    private static (string? National, string? Error) AfterPlus(string digits)
    {
        if (digits[0] != '1')
            return (null, $"Not a US/Canada number (country code +{CountryCallingCode.Of(digits)}).");
        var national = digits[1..];
        if (national.Length < 10)
            return (null, $"Too short: {national.Length} digits after +1, {NationalLength}.");
        if (national.Length > 10)
            return (null, $"Too long: {national.Length} digits after +1, {NationalLength}.");
        return (national, null);
    }

    /// <summary>The 10 digits of a number written without "+": itself, or 11 digits less the leading 1.</summary>
    private static (string? National, string? Error) WithoutPlus(string digits)
    {
        if (digits.Length < 10)
            return (null, $"Too short: {digits.Length} digits, {NationalLength}.");
        if (digits.Length == 10)
            return (digits, null);
        if (digits.Length == 11 && digits[0] == '1')
            return (digits[1..], null);
        // 011 is how a US phone dials abroad, so "011 44 …" is a foreign number, not a long one.
        if (digits.Length > 11 && digits.StartsWith("011", StringComparison.Ordinal))
            return (null, $"Not a US/Canada number (country code +{CountryCallingCode.Of(digits[3..])}).");
        return (null, $"Too long: {digits.Length} digits, {NationalLength} (11 with a leading 1).");
    }

    private static PhoneNormalization CheckNanpRules(string national)
    {
        var areaCode = national[..3];
        var exchange = national[3..6];

        if (!IsNxx(areaCode))
            return PhoneNormalization.Invalid($"Invalid area code {areaCode} ({WhyNotNxx(areaCode, "an area code")}).");
        if (OtherNanpCountries.CountryOf(areaCode) is { } country)
            return PhoneNormalization.Invalid($"Not a US/Canada number (area code {areaCode} is {country}).");
        if (NanpAreaCodes.Find(areaCode) is null && !TollFreeAreaCodes.Contains(areaCode))
            return PhoneNormalization.Invalid($"Unknown area code {areaCode}.");
        if (!IsNxx(exchange))
            return PhoneNormalization.Invalid($"Invalid exchange {exchange} ({WhyNotNxx(exchange, "the 3 digits after the area code")}).");

        return PhoneNormalization.Valid("+1" + national);
    }

    /// <summary>NANP area codes and exchanges: first digit 2-9, and not an N11 service code (211, 311 … 911).</summary>
    private static bool IsNxx(string code) => code[0] >= '2' && !(code[1] == '1' && code[2] == '1');

    private static string WhyNotNxx(string code, string what) =>
        code[0] < '2' ? $"{what} cannot start with 0 or 1" : $"{what} cannot be 211–911, the service codes";

    // Spaces include the no-break space spreadsheets paste; dashes include the en dash word processors substitute.
    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '(' or ')' or '.' or '/'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;

    [GeneratedRegex(@"(?:(?<![a-z])(?:ext\.?|extension|x)|#)\s*\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingExtension();
}
