using System.Globalization;
using System.Text;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// The text EF Core (through Microsoft.Data.Sqlite) stores a <see cref="DateTime"/> as in SQLite,
/// "yyyy-MM-dd HH:mm:ss" with up to seven fraction digits and no trailing zeros, read from its UTF-8 bytes without a string.
/// </summary>
public static class SqliteDateText
{
    /// <summary>Microsoft.Data.Sqlite's format for a <see cref="DateTime"/> value (and so EF's stored form).</summary>
    public const string Format = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    /// <summary>
    /// The date and time the text holds, of unspecified kind as a data reader returns it. Text in any other form (written by
    /// hand, not by EF) is read as Microsoft.Data.Sqlite reads it, through <see cref="DateTime.Parse(string, IFormatProvider)"/>.
    /// </summary>
    public static DateTime Parse(ReadOnlySpan<byte> utf8) => TryParseStored(utf8, out var value)
        ? value
        : DateTime.Parse(Encoding.UTF8.GetString(utf8), CultureInfo.InvariantCulture);

    private static bool TryParseStored(ReadOnlySpan<byte> text, out DateTime value)
    {
        value = default;
        if (text.Length < 19 || text.Length == 20 || text.Length > 27
            || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':' || (text.Length > 19 && text[19] != '.'))
            return false;
        if (!Digits(text[..4], out var year) || !Digits(text[5..7], out var month) || !Digits(text[8..10], out var day)
            || !Digits(text[11..13], out var hour) || !Digits(text[14..16], out var minute) || !Digits(text[17..19], out var second))
            return false;
        var fraction = 0;
        if (text.Length > 19)
        {
            if (!Digits(text[20..], out fraction)) return false;
            for (var places = text.Length - 20; places < 7; places++) fraction *= 10;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || hour > 23 || minute > 59 || second > 59 || year < 1)
            return false;
        value = new DateTime(year, month, day, hour, minute, second).AddTicks(fraction);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
