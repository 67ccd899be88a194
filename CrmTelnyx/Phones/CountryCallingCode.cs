namespace CrmTelnyx.Phones;

/// <summary>Reads the ITU country calling code at the start of an international number, to name it in an error.</summary>
internal static class CountryCallingCode
{
    // Country codes are prefix-free: 1 and 7 are one digit, these are two, every other start is three digits.
    private static readonly HashSet<string> TwoDigitCodes =
    [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
        "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ];

    /// <summary>The leading country code of <paramref name="digits"/> (no '+'), e.g. "44" for "442079460000".</summary>
    public static string Of(string digits)
    {
        if (digits.Length <= 1 || digits[0] is '1' or '7')
            return digits[..Math.Min(1, digits.Length)];
        if (TwoDigitCodes.Contains(digits[..2]))
            return digits[..2];
        return digits[..Math.Min(3, digits.Length)];
    }
}
