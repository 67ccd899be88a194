using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Numbers;

/// <summary>What the number manager tells open pages: a number was added, changed or released (data: its id, or null for many).</summary>
public static class NumberLiveEvents
{
    public const string Topic = "numbers";
    public const string Changed = "number-changed";

    public static Task PublishChangedAsync(this ILiveNotifier live, long? numberId = null, CancellationToken cancellationToken = default) =>
        live.PublishAsync(Topic, Changed, numberId, cancellationToken);
}
