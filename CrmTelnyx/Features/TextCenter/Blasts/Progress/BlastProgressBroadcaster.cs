using CrmTelnyx.Live;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// Tells open pages which blasts changed, every <see cref="Interval"/> at most: the dispatcher and the webhook
/// handlers only mark a blast in <see cref="BlastActivity"/>, so 1,000 deliveries a second cost a page four refreshes.
/// </summary>
public sealed class BlastProgressBroadcaster(BlastActivity activity, ILiveNotifier live, TimeProvider time, ILogger<BlastProgressBroadcaster> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PublishChangedAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Could not tell open pages about changed blasts");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>One round: publishes each changed blast's topic and the list topic once.</summary>
    public async Task PublishChangedAsync(CancellationToken cancellationToken = default)
    {
        var changed = activity.TakeChanged();
        if (changed.Count == 0) return;
        foreach (var id in changed) await live.PublishAsync(BlastLiveEvents.Topic(id), BlastLiveEvents.Changed, id, cancellationToken);
        await live.PublishAsync(BlastLiveEvents.ListTopic, BlastLiveEvents.Changed, new BlastsChanged(changed), cancellationToken);
    }
}
