using CrmTelnyx.Live;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// What open blast pages hear: "blast:{id}" when that blast's figures or rows changed, and the list topic with the
/// ids that changed. Published only by <see cref="BlastProgressBroadcaster"/>, a few times a second at most.
/// </summary>
public static class BlastLiveEvents
{
    public const string ListTopic = "blasts";
    public const string Changed = "blast-changed";

    public static string Topic(long blastId) => $"blast:{blastId}";
}

/// <summary>The blasts that changed since the last publication (on the list topic).</summary>
public sealed record BlastsChanged(IReadOnlyList<long> BlastIds);
