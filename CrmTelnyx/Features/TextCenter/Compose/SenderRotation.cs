namespace CrmTelnyx.Features.TextCenter.Compose;

/// <summary>How a blast spreads its recipients over the chosen sender numbers.</summary>
public enum RotationMode
{
    /// <summary>Each sender in turn.</summary>
    RoundRobin,
    /// <summary>A sender in the recipient's state when there is one (people answer a local number), else in turn.</summary>
    LocalPresence,
}

/// <summary>One sender number a blast may use, with the state it is assigned to.</summary>
public sealed record BlastSender(string PhoneNumber, string? State);

/// <summary>
/// Picks each recipient's sender, in one pass over a blast's recipients. A contact texted before keeps the number
/// it knows (sticky sender) as long as that number is among this blast's senders; otherwise the mode decides, turning
/// through the candidates so the load stays even. Not thread-safe: one instance per blast being prepared.
/// </summary>
public sealed class SenderRotation
{
    private readonly IReadOnlyList<BlastSender> senders;
    private readonly RotationMode mode;
    private readonly HashSet<string> numbers;
    private readonly Dictionary<string, List<BlastSender>> byState;
    private readonly Dictionary<string, int> nextInState = new(StringComparer.OrdinalIgnoreCase);
    private int next;

    public SenderRotation(IReadOnlyList<BlastSender> senders, RotationMode mode)
    {
        if (senders.Count == 0) throw new ArgumentException("A blast needs at least one sender number.", nameof(senders));
        this.senders = senders.DistinctBy(s => s.PhoneNumber).ToList();
        this.mode = mode;
        numbers = this.senders.Select(s => s.PhoneNumber).ToHashSet();
        byState = this.senders.Where(s => !string.IsNullOrEmpty(s.State))
            .GroupBy(s => s.State!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
    }

    /// <param name="recipientState">The contact's state (or its number's), when known.</param>
    /// <param name="stickySender">The number this contact was last texted from, when it was.</param>
    public string Pick(string? recipientState, string? stickySender = null)
    {
        if (stickySender is not null && numbers.Contains(stickySender)) return stickySender;
        if (mode == RotationMode.LocalPresence && recipientState is not null && byState.TryGetValue(recipientState, out var local))
        {
            var turn = nextInState.GetValueOrDefault(recipientState);
            nextInState[recipientState] = turn + 1;
            return local[turn % local.Count].PhoneNumber;
        }
        return senders[next++ % senders.Count].PhoneNumber;
    }
}
