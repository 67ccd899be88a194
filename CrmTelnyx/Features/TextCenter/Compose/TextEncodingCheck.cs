using System.Globalization;

namespace CrmTelnyx.Features.TextCenter.Compose;

/// <summary>
/// What the composer tells a person about a text's encoding: GSM-7 or UCS-2, and which characters forced UCS-2 (one
/// emoji or curly quote turns 160 characters a part into 70), and whether replacing look-alikes would make it plain.
/// </summary>
public static class TextEncodingCheck
{
    public const string Gsm7 = "GSM-7";
    public const string Ucs2 = "UCS-2";

    /// <param name="UnicodeCharacters">Each character outside the GSM-7 alphabet, once, in order of appearance (an emoji is one).</param>
    /// <param name="ReplaceableOnly">Every one of them has a plain look-alike (<see cref="LookAlikes"/>): replacing them makes the text GSM-7.</param>
    public sealed record Report(string Encoding, int Characters, int Parts, IReadOnlyList<string> UnicodeCharacters, bool ReplaceableOnly);

    public static Report Of(string? text)
    {
        text ??= "";
        var count = SegmentCounter.Of(text);
        var unicode = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (element.Length == 1 && SegmentCounter.IsGsm7(element[0])) continue;
            if (!unicode.Contains(element)) unicode.Add(element);
        }
        return new Report(count.Unicode ? Ucs2 : Gsm7, count.Characters, count.Parts, unicode,
            unicode.Count > 0 && unicode.All(LookAlikes.HasPlainOne));
    }
}
