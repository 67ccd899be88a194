namespace CrmTelnyx.Features.TextCenter.Compose;

/// <summary>
/// What the composer promises before a blast is sent: how many messages and parts, about what it costs, and when the
/// last message should go. The finish time follows the send rate and each recipient's quiet hours: a message waits
/// for its recipient's window, the others keep going meanwhile.
/// </summary>
public static class BlastEstimate
{
    /// <param name="Messages">Texts that will be sent (after suppression).</param>
    /// <param name="Segments">Parts billed over all of them.</param>
    /// <param name="Cost">Parts × the rate per part.</param>
    /// <param name="FinishesAt">When the last text should go out (UTC); null when there is nothing to send.</param>
    public sealed record Result(int Messages, int Segments, decimal Cost, DateTimeOffset? FinishesAt);

    /// <param name="recipients">Each message's parts and the earliest instant its recipient may get it (now, or when their quiet hours end).</param>
    /// <param name="start">When sending starts.</param>
    /// <param name="messagesPerSecond">The blast's send rate: the senders' rates together, capped by the account's limit.</param>
    /// <param name="ratePerSegment">What Telnyx charges per part, carrier fees included.</param>
    public static Result For(IEnumerable<(int Segments, DateTimeOffset AllowedFrom)> recipients, DateTimeOffset start, double messagesPerSecond, decimal ratePerSegment)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(messagesPerSecond);
        var all = recipients.ToList();
        if (all.Count == 0) return new Result(0, 0, 0m, null);
        var segments = all.Sum(r => r.Segments);

        // Sent in the order they become allowed, one every 1/rate seconds; a gap in allowed times lets the clock jump.
        var interval = TimeSpan.FromSeconds(1 / messagesPerSecond);
        var clock = start;
        var last = start;
        foreach (var allowedFrom in all.Select(r => r.AllowedFrom).Order())
        {
            if (allowedFrom > clock) clock = allowedFrom;
            last = clock;
            clock += interval;
        }
        return new Result(all.Count, segments, segments * ratePerSegment, last);
    }
}
