using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Live;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Stands in for the SignalR notifier (no browsers are listening) and remembers the import's percent done,
/// so memory samples can be lined up with progress.
/// </summary>
public sealed class ProgressTrackingNotifier : ILiveNotifier
{
    private volatile int percent;

    public int Percent => percent;

    public Task PublishAsync(string topic, string name, object? data = null, CancellationToken cancellationToken = default)
    {
        if (data is ImportProgressEvent progress) percent = progress.Percent;
        return Task.CompletedTask;
    }

    public void Reset() => percent = 0;
}
