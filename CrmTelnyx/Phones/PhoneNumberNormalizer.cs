using System.Collections.Concurrent;
using System.Globalization;
using PhoneNumbers;

namespace CrmTelnyx.Phones;

/// <summary>
/// Turns a US/Canada phone number as people write it ("(212) 555-1234", "+1 212.555.1234") into E.164,
/// or explains in one sentence why it cannot be texted or called. libphonenumber parses, validates and formats;
/// this class adds the sentences, and the rules the library is more lenient about than texting allows
/// (letters read as a vanity number, N11 service codes as an exchange, premium-rate and personal numbers).
/// </summary>
public static class PhoneNumberNormalizer
{
    private const string NationalLength = "a US/Canada number has 10";

    // A singleton; thread-safe, its metadata loaded once.
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly ConcurrentDictionary<string, bool> AreaCodesTheLibraryKnows = new();

    public static PhoneNormalization Normalize(string? input)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
            return PhoneNormalization.Invalid("No phone number.");

        // Parse once: every check below reads this result or the text itself.
        PhoneNumber? number;
        ErrorType? parseError = null;
        try
        {
            number = Util.Parse(text, "US");
        }
        catch (NumberParseException e)
        {
            (number, parseError) = (null, e.ErrorType);
        }

        // An extension cannot be texted or dialled by Telnyx; say so rather than "contains letters".
        if (number is { HasExtension: true })
            return PhoneNormalization.Invalid(
                $"Has an extension ('{ExtensionAsWritten(text, number.Extension)}'): texts and calls need the number without it.");

        // The library reads letters as a vanity number (1-800-FLOWERS); in a contact list they are a mistake.
        var letters = new string(text.Where(char.IsLetter).ToArray());
        if (letters.Length > 0)
            return PhoneNormalization.Invalid($"Contains letters: '{letters}'.");

        var hasPlus = text[0] == '+';
        var body = hasPlus ? text[1..] : text;
        var unexpected = new string(body.Where(c => !char.IsAsciiDigit(c) && !IsSeparator(c)).Distinct().ToArray());
        if (unexpected.Length > 0)
            return PhoneNormalization.Invalid($"Contains characters a phone number cannot have: '{unexpected}'.");

        var digits = body.Count(char.IsAsciiDigit);
        if (digits == 0)
            return PhoneNormalization.Invalid("No phone number.");

        if (number is null)
        {
            var count = hasPlus ? digits - 1 : digits;
            return PhoneNormalization.Invalid(parseError switch
            {
                ErrorType.INVALID_COUNTRY_CODE => "Not a US/Canada number (unknown country code).",
                _ when hasPlus && body.First(char.IsAsciiDigit) != '1' => "Not a US/Canada number (those start with +1).",
                _ when count < 10 || parseError == ErrorType.TOO_LONG => LengthError(count, hasPlus),
                _ => "Cannot be read as a phone number.",
            });
        }

        // "+44 …" and "011 44 …" (how a US phone dials abroad) both come out as country code 44.
        if (number.CountryCode != 1)
            return PhoneNormalization.Invalid($"Not a US/Canada number (country code +{number.CountryCode}).");

        var national = Util.GetNationalSignificantNumber(number);
        if (national.Length != 10)
            return PhoneNormalization.Invalid(LengthError(hasPlus ? national.Length : digits, hasPlus));

        return CheckNanpRules(number, national);
    }

    /// <summary>"+12125551234" → "(212) 555-1234"; anything that is not a +1 E.164 number is returned unchanged.</summary>
    public static string Format(string e164) =>
        IsNanpE164(e164) ? Util.Format(Util.Parse(e164, null), PhoneNumberFormat.NATIONAL) : e164;

    /// <summary>"+1" and ten digits, the only shape <see cref="Normalize"/> returns.</summary>
    internal static bool IsNanpE164(string e164) =>
        e164.Length == 12 && e164.StartsWith("+1", StringComparison.Ordinal) && e164.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;

    private static PhoneNormalization CheckNanpRules(PhoneNumber number, string national)
    {
        var areaCode = national[..3];
        var exchange = national[3..6];

        if (!IsNxx(areaCode))
            return PhoneNormalization.Invalid($"Invalid area code {areaCode} ({WhyNotNxx(areaCode, "an area code")}).");
        if (NanpCountries.CountryOf(areaCode) is { } country)
            return PhoneNormalization.Invalid($"Not a US/Canada number (area code {areaCode} is {country}).");
        var type = Util.GetNumberType(number);
        var libraryKnowsAreaCode = type != PhoneNumberType.UNKNOWN || LibraryKnows(areaCode);
        if (!libraryKnowsAreaCode && NanpAreaCodes.Find(areaCode) is null)
            return PhoneNormalization.Invalid($"Unknown area code {areaCode}.");
        // The library accepts N11 exchanges in most area codes; they are service codes and never reach a person.
        if (!IsNxx(exchange))
            return PhoneNormalization.Invalid($"Invalid exchange {exchange} ({WhyNotNxx(exchange, "the 3 digits after the area code")}).");

        return type switch
        {
            PhoneNumberType.FIXED_LINE or PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE or PhoneNumberType.TOLL_FREE
                => PhoneNormalization.Valid(Util.Format(number, PhoneNumberFormat.E164)),
            // An overlay in our table that this version of the library does not list yet: NANPA assigned it, so trust it.
            PhoneNumberType.UNKNOWN when !libraryKnowsAreaCode
                => PhoneNormalization.Valid(Util.Format(number, PhoneNumberFormat.E164)),
            PhoneNumberType.UNKNOWN
                => PhoneNormalization.Invalid($"Not in use: no US/Canada numbers start with ({areaCode}) {exchange}."),
            PhoneNumberType.PREMIUM_RATE
                => PhoneNormalization.Invalid($"Area code {areaCode} is for premium-rate services, which cannot be texted."),
            PhoneNumberType.PERSONAL_NUMBER
                => PhoneNormalization.Invalid($"Area code {areaCode} is for personal numbers that forward to another line: use that line's number."),
            _ => PhoneNormalization.Invalid($"Area code {areaCode} is for special services, not phones that can be texted."),
        };
    }

    /// <summary>
    /// Whether libphonenumber accepts any number in an area code, to tell "unknown area code" and "overlay newer than
    /// the library" from "no such exchange" (the territories have few exchanges in use). Asked only for numbers the
    /// library refused, at most 800 parses once per area code.
    /// </summary>
    private static bool LibraryKnows(string areaCode) =>
        AreaCodesTheLibraryKnows.GetOrAdd(areaCode, static code => Enumerable.Range(200, 800).Any(exchange =>
            Util.GetNumberType(Util.Parse($"+1{code}{exchange}4567", null)) != PhoneNumberType.UNKNOWN));

    private static string LengthError(int count, bool afterPlusOne)
    {
        var written = afterPlusOne ? $"{count} digits after +1" : $"{count} digits";
        return count < 10
            ? $"Too short: {written}, {NationalLength}."
            : $"Too long: {written}, {NationalLength}{(afterPlusOne ? "" : " (11 with a leading 1)")}.";
    }

    /// <summary>The extension as the person wrote it ("ext. 12", "x12", "#7"): from after the number's last digit to the end.</summary>
    private static string ExtensionAsWritten(string text, string extensionDigits)
    {
        var at = text.LastIndexOf(extensionDigits, StringComparison.Ordinal);
        if (at < 0)
            return $"ext. {extensionDigits}";
        var start = at;
        while (start > 0 && !char.IsDigit(text[start - 1]))
            start--;
        // ", ext 5" and ",,5" (dial pauses): the commas only separate.
        return text[start..].Trim().TrimStart(',').Trim();
    }

    /// <summary>NANP area codes and exchanges: first digit 2-9, and not an N11 service code (211, 311 … 911).</summary>
    private static bool IsNxx(string code) => code[0] >= '2' && !(code[1] == '1' && code[2] == '1');

    private static string WhyNotNxx(string code, string what) =>
        code[0] < '2' ? $"{what} cannot start with 0 or 1" : $"{what} cannot be 211–911, the service codes";

    // Spaces include the no-break space spreadsheets paste; dashes include the en dash word processors substitute.
    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '(' or ')' or '.' or '/'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
