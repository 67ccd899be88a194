namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// Spaces sends so no sender number exceeds its rate and the account stays under its limit. Each key keeps the
/// instant its next send may go; a send moves it on by 1/rate. A send that goes a little late (the loop's tick) keeps
/// up to half a slot of its lateness, so the average holds the rate without letting an idle key burst. Slowing down (Telnyx said "too many") lowers the account rate, which recovers
/// step by step while sends succeed. Not thread-safe: the dispatcher's loop owns it.
/// </summary>
public sealed class SendPacer(Func<long> now, long ticksPerSecond)
{
    private readonly Dictionary<string, long> nextBySender = new(StringComparer.Ordinal);
    private long nextForAccount;
    private double accountShare = 1;

    /// <summary>Of the account's rate, the part used now (1 = all; halved per slow-down, at least a twentieth).</summary>
    public double AccountShare => accountShare;

    /// <summary>Takes a slot for one send from <paramref name="sender"/> if both its rate and the account's allow one now.</summary>
    public bool TryTake(string sender, double senderRate, double accountRate)
    {
        var at = now();
        var senderNext = nextBySender.GetValueOrDefault(sender, long.MinValue);
        if (at < senderNext || at < nextForAccount) return false;
        var senderInterval = (long)(ticksPerSecond / senderRate);
        var accountInterval = (long)(ticksPerSecond / (accountRate * accountShare));
        nextBySender[sender] = Math.Max(senderNext, at - senderInterval / 2) + senderInterval;
        nextForAccount = Math.Max(nextForAccount, at - accountInterval / 2) + accountInterval;
        return true;
    }

    public void SlowDown() => accountShare = Math.Max(accountShare / 2, 0.05);

    /// <summary>A send went through: the account's rate creeps back towards its full value.</summary>
    public void Succeeded() => accountShare = Math.Min(1, accountShare * 1.02);
}
