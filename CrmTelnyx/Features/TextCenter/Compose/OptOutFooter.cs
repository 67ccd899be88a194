using System.Text.RegularExpressions;

namespace CrmTelnyx.Features.TextCenter.Compose;

/// <summary>
/// Marketing texts must say how to stop them. The footer is added unless the text already tells people how (the
/// keyword STOP in capitals, "reply stop", unsubscribe, opt out), so a text never says it twice; an ordinary "stop by
/// our store" does not count.
/// </summary>
public static partial class OptOutFooter
{
    public const string Text = "Reply STOP to opt out";

    [GeneratedRegex(@"\bSTOP\b")]
    private static partial Regex StopKeyword();

    [GeneratedRegex(@"\b(reply|text|send)\s+[""']?stop\b|\bunsubscribe\b|\bopt[\s-]?out\b", RegexOptions.IgnoreCase)]
    private static partial Regex StopInWords();

    public static bool IsNeeded(string? message) => !StopKeyword().IsMatch(message ?? "") && !StopInWords().IsMatch(message ?? "");

    /// <summary>The message with the footer on its own line when it needs one; otherwise as it is.</summary>
    public static string AddTo(string message) => IsNeeded(message) ? Append(message) : message;

    /// <summary>The message with the footer on its own line, for a caller that already decided it is needed (a blast decides once for its text).</summary>
    public static string Append(string message) => $"{message.TrimEnd()}\n{Text}";
}
