using CrmTelnyx.Live;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// Tells open pages which blasts changed: the dispatcher and the webhook handlers only mark a blast in
/// <see cref="BlastActivity"/>; this looks every <see cref="Poll"/> and publishes a changed blast at once, but at most
/// once per <see cref="MinimumGap"/>, so the first delivery shows within a few tens of milliseconds and 1,000
/// deliveries a second still cost a page four refreshes.
/// </summary>
public sealed class BlastProgressBroadcaster(BlastActivity activity, ILiveNotifier live, TimeProvider time, ILogger<BlastProgressBroadcaster> logger)
    : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);
    public static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(250);

    // Blasts marked while inside their gap wait here; when each was last published.
    private readonly HashSet<long> waiting = [];
    private readonly Dictionary<long, DateTimeOffset> lastPublished = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Poll, time);
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

    /// <summary>One round: publishes each changed blast whose gap has passed, and the list topic once with their ids.</summary>
    public async Task PublishChangedAsync(CancellationToken cancellationToken = default)
    {
        waiting.UnionWith(activity.TakeChanged());
        if (waiting.Count == 0) return;
        var now = time.GetUtcNow();
        var due = waiting.Where(id => !lastPublished.TryGetValue(id, out var at) || now - at >= MinimumGap).ToList();
        if (due.Count == 0) return;
        foreach (var id in due)
        {
            waiting.Remove(id);
            lastPublished[id] = now;
            await live.PublishAsync(BlastLiveEvents.Topic(id), BlastLiveEvents.Changed, id, cancellationToken);
        }
        await live.PublishAsync(BlastLiveEvents.ListTopic, BlastLiveEvents.Changed, new BlastsChanged(due), cancellationToken);
        // Forget blasts quiet for a while, so the map holds only blasts that are moving.
        foreach (var id in lastPublished.Where(p => now - p.Value > TimeSpan.FromMinutes(1)).Select(p => p.Key).ToList()) lastPublished.Remove(id);
    }
}
