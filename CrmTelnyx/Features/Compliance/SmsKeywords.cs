namespace CrmTelnyx.Features.Compliance;

/// <summary>The carrier-standard opt-out and opt-in keywords (CTIA): a whole message of one of these words, any case.</summary>
public static class SmsKeywords
{
    private static readonly HashSet<string> OptOut = new(StringComparer.OrdinalIgnoreCase)
        { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE" };

    /// <summary>The opt-out words in upper case, for queries that count opt-outs in SQL (the number manager's statistics).</summary>
    public static IReadOnlyList<string> OptOutWords { get; } = OptOut.Select(w => w.ToUpperInvariant()).Order().ToList();

    // Only the words carriers honour to lift a block: a "yes" in a conversation must not re-subscribe anyone.
    private static readonly HashSet<string> OptIn = new(StringComparer.OrdinalIgnoreCase) { "START", "UNSTOP" };

    public static SmsKeyword Classify(string? text)
    {
        var word = (text ?? "").Trim().TrimEnd('.', '!').Replace(" ", "").Replace("-", "");
        if (OptOut.Contains(word)) return SmsKeyword.OptOut;
        if (OptIn.Contains(word)) return SmsKeyword.OptIn;
        return string.Equals(word, "HELP", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "INFO", StringComparison.OrdinalIgnoreCase)
            ? SmsKeyword.Help
            : SmsKeyword.None;
    }
}

public enum SmsKeyword
{
    None,
    OptOut,
    OptIn,
    Help,
}
