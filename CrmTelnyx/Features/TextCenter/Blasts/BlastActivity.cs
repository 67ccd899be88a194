using System.Collections.Concurrent;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// Which blasts changed (a row claimed, sent, delivered, failed; the blast paused…) since open pages were last told.
/// Senders of changes only mark a blast here; one broadcaster tells pages a few times a second, so a blast moving
/// 1,000 messages a second costs pages a handful of refreshes, not a thousand.
/// </summary>
public sealed class BlastActivity
{
    private readonly ConcurrentDictionary<long, byte> changed = new();

    public void Changed(long blastId) => changed.TryAdd(blastId, 0);

    /// <summary>The blasts marked since the last call; each is unmarked as it is taken.</summary>
    public IReadOnlyList<long> TakeChanged()
    {
        var taken = new List<long>();
        foreach (var id in changed.Keys)
            if (changed.TryRemove(id, out _)) taken.Add(id);
        return taken;
    }
}
