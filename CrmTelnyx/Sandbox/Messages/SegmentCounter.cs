namespace CrmTelnyx.Sandbox.Messages;

/// <summary>
/// How many SMS parts a text takes: GSM-7 (160 alone, 153 per part when split; extension characters count twice)
/// unless one character is outside GSM-7, which makes the whole text UCS-2 (70 alone, 67 per part).
/// </summary>
public static class SegmentCounter
{
    public const string Gsm7 = "GSM-7";
    public const string Ucs2 = "UCS-2";

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extension = "^{}\\[~]|€\f";

    public sealed record Segments(string Encoding, int Parts, int NumChars);

    public static Segments Count(string text, bool forceUcs2 = false)
    {
        if (forceUcs2) return Parts(Ucs2, text.Length, text.Length, single: 70, multi: 67);
        var septets = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c)) septets += 1;
            else if (Extension.Contains(c)) septets += 2;
            else return Parts(Ucs2, text.Length, text.Length, single: 70, multi: 67);
        }
        return Parts(Gsm7, septets, text.Length, single: 160, multi: 153);
    }

    private static Segments Parts(string encoding, int units, int numChars, int single, int multi) =>
        new(encoding, units == 0 ? 1 : units <= single ? 1 : (units + multi - 1) / multi, numChars);
}
