namespace CrmTelnyx.Features.TextCenter;

/// <summary>
/// How many SMS parts a text costs: 160 characters in one part (153 per part when split) if every character is in
/// the GSM 7-bit alphabet, otherwise 70 (67 when split) because the whole text goes as UCS-2. Carriers bill per part.
/// </summary>
public static class SegmentCounter
{
    private const string Gsm7 =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // Each of these takes two 7-bit characters (an escape, then the character).
    private const string Gsm7Extension = "^{}\\[~]|€\f";

    public sealed record Count(int Characters, int Parts, bool Unicode);

    /// <summary>In the GSM 7-bit alphabet, as one septet or (the extension table) two.</summary>
    public static bool IsGsm7(char c) => Gsm7.Contains(c) || Gsm7Extension.Contains(c);

    public static Count Of(string? text)
    {
        text ??= "";
        if (text.Length == 0) return new(0, 0, false);
        var septets = 0;
        foreach (var c in text)
        {
            if (Gsm7.Contains(c)) septets++;
            else if (Gsm7Extension.Contains(c)) septets += 2;
            else
            {
                // UTF-16 code units, as the carrier counts them: an emoji takes two.
                var units = text.Length;
                return new(text.Length, units <= 70 ? 1 : (units + 66) / 67, true);
            }
        }
        return new(text.Length, septets <= 160 ? 1 : (septets + 152) / 153, false);
    }
}
