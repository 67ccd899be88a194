namespace CrmTelnyx.Features.TextCenter.Compose;

/// <summary>
/// Characters word processors and phones put in for plain ones (curly quotes, long dashes, ellipsis, odd spaces), each
/// with the GSM-7 character that reads the same. Pasted text is full of them, and each alone makes the whole text UCS-2.
/// </summary>
public static class LookAlikes
{
    private static readonly Dictionary<string, string> Plain = new()
    {
        ["\u2018"] = "'", ["\u2019"] = "'", ["\u201A"] = "'", ["\u201B"] = "'", ["\u2032"] = "'", ["\u00B4"] = "'", ["`"] = "'",
        ["\u201C"] = "\"", ["\u201D"] = "\"", ["\u201E"] = "\"", ["\u201F"] = "\"", ["\u2033"] = "\"", ["\u00AB"] = "\"", ["\u00BB"] = "\"",
        ["\u2010"] = "-", ["\u2011"] = "-", ["\u2012"] = "-", ["\u2013"] = "-", ["\u2014"] = "-", ["\u2015"] = "-", ["\u2212"] = "-",
        ["\u2026"] = "...",
        ["\u00A0"] = " ", ["\u2002"] = " ", ["\u2003"] = " ", ["\u2007"] = " ", ["\u2008"] = " ", ["\u2009"] = " ", ["\u200A"] = " ", ["\u202F"] = " ",
        // Invisible: they only cost the text its plain encoding.
        ["\u200B"] = "", ["\uFEFF"] = "",
    };

    public static bool HasPlainOne(string character) => Plain.ContainsKey(character);

    /// <summary>The text with every look-alike replaced by its plain character; other characters stay as they are.</summary>
    public static string Replace(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text) result.Append(Plain.TryGetValue(c.ToString(), out var plain) ? plain : c.ToString());
        return result.ToString();
    }
}
