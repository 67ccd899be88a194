using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmTelnyx.Sandbox.Control;

/// <summary>
/// Reads a number a person typed into a setting: plain ASCII digits (and a decimal point where fractions make sense),
/// in range. "1e3", "NaN", "Infinity", "٣", an empty box or an overflow are refused in words, never saved as 0.
/// </summary>
public static partial class SettingNumber
{
    public const string Missing = "Enter a number.";

    /// <summary>Why <paramref name="text"/> is not a whole number from min to max, or null with the value.</summary>
    public static string? WholeError(string? text, int min, int max, string unit) => Read(text, min, max, unit, whole: true, out _);

    public static string? DecimalError(string? text, double min, double max, string unit) => Read(text, min, max, unit, whole: false, out _);

    public static int Whole(string text) => int.Parse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

    public static double Decimal(string text) => double.Parse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>"Between 0 and 600,000 ms." — the words every range refusal uses.</summary>
    public static string Between(double min, double max, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"Between {min:#,0.##} and {max:#,0.##} {unit}.");

    private static string? Read(string? text, double min, double max, string unit, bool whole, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return Missing;
        var trimmed = text.Trim();
        if (!(whole ? WholePattern() : DecimalPattern()).IsMatch(trimmed))
            return whole ? "Digits only, e.g. 1500." : "Digits and one decimal point only, e.g. 2.5.";
        value = double.Parse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return value < min || value > max ? Between(min, max, unit) : null;
    }

    // [0-9], not \d: \d matches every script's digits.
    [GeneratedRegex("^[0-9]{1,10}$")]
    private static partial Regex WholePattern();

    [GeneratedRegex(@"^[0-9]{1,10}(\.[0-9]{1,6})?$")]
    private static partial Regex DecimalPattern();
}
