namespace CrmTelnyx.Features.TextCenter.Compose;

/// <summary>The line under a message field: characters and parts, and which characters cost the text its 160 a part.</summary>
public static class EncodingHint
{
    private const int NamedAtMost = 5;

    public static string For(string? text)
    {
        var report = TextEncodingCheck.Of(text);
        if (report.Characters == 0) return "Long texts are sent in several parts; each part is billed.";
        var parts = report.Parts == 1 ? "1 part" : $"{report.Parts} parts";
        if (report.Encoding == TextEncodingCheck.Gsm7) return $"{report.Characters} characters · {parts}";
        var named = string.Join(" ", report.UnicodeCharacters.Take(NamedAtMost).Select(Shown))
            + (report.UnicodeCharacters.Count > NamedAtMost ? " …" : "");
        return $"{report.Characters} characters · {parts} · special characters ({named}) allow 70 per part instead of 160";
    }

    // Invisible and space-like characters would show as nothing in the list.
    private static string Shown(string character) => character switch
    {
        "\u00A0" or "\u202F" => "non-breaking space",
        "\u200B" => "zero-width space",
        "\uFEFF" => "invisible mark",
        _ when character.Length == 1 && char.IsWhiteSpace(character[0]) => "odd space",
        _ => character,
    };
}
