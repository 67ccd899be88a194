namespace CrmTelnyx.Features.Compliance;

/// <summary>
/// The carrier-standard keywords (CTIA): a whole message of one of these words, any case, with spaces and punctuation
/// around it ("Stop.", " STOP ALL! ", "'unsubscribe'").
/// </summary>
public static class SmsKeywords
{
    private static readonly HashSet<string> OptOut = new(StringComparer.OrdinalIgnoreCase)
        { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE" };

    /// <summary>The opt-out words in upper case, for queries that count opt-outs in SQL (the number manager's statistics).</summary>
    public static IReadOnlyList<string> OptOutWords { get; } = OptOut.Select(w => w.ToUpperInvariant()).Order().ToList();

    // The words carriers honour to lift a block.
    private static readonly HashSet<string> OptIn = new(StringComparer.OrdinalIgnoreCase) { "START", "UNSTOP" };

    private static readonly HashSet<string> Help = new(StringComparer.OrdinalIgnoreCase) { "HELP", "INFO" };

    public static SmsKeyword Classify(string? text)
    {
        var word = Word(text);
        if (OptOut.Contains(word)) return SmsKeyword.OptOut;
        if (OptIn.Contains(word)) return SmsKeyword.OptIn;
        if (string.Equals(word, "YES", StringComparison.OrdinalIgnoreCase)) return SmsKeyword.Yes;
        return Help.Contains(word) ? SmsKeyword.Help : SmsKeyword.None;
    }

    /// <summary>The message without what surrounds the word (spaces, punctuation, quotes, emoji) and with inner spaces and dashes removed.</summary>
    private static string Word(string? text)
    {
        var span = (text ?? "").AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && !char.IsLetterOrDigit(span[start])) start++;
        while (end > start && !char.IsLetterOrDigit(span[end - 1])) end--;
        return span[start..end].ToString().Replace(" ", "").Replace("-", "");
    }
}

public enum SmsKeyword
{
    None,
    OptOut,
    OptIn,
    Help,

    /// <summary>
    /// YES: opts back in only a number that is opted out (the reply to "Reply YES to resubscribe"); for anyone else it is an
    /// ordinary answer in a conversation and changes nothing.
    /// </summary>
    Yes,
}
