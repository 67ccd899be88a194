using System.Threading.Channels;

namespace CrmTelnyx.Live;

/// <summary>
/// One page's subscription to one topic: events queue here and are handed over in batches, one batch per
/// window, so a burst of a thousand events costs the page a handful of renders. A slow page drops its oldest
/// queued events rather than holding memory (pages reload the truth from the database).
/// </summary>
public sealed class LiveSubscription : IDisposable
{
    private const int MaxQueued = 10_000;
    private readonly Channel<LiveEvent> queue = Channel.CreateBounded<LiveEvent>(
        new BoundedChannelOptions(MaxQueued) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly CancellationTokenSource stop = new();
    private readonly Action onDispose;

    internal LiveSubscription(Func<IReadOnlyList<LiveEvent>, Task> onEvents, TimeSpan window, TimeProvider time, ILogger logger, Action onDispose)
    {
        this.onDispose = onDispose;
        _ = PumpAsync(onEvents, window, time, logger);
    }

    internal void Post(LiveEvent liveEvent) => queue.Writer.TryWrite(liveEvent);

    private async Task PumpAsync(Func<IReadOnlyList<LiveEvent>, Task> onEvents, TimeSpan window, TimeProvider time, ILogger logger)
    {
        var batch = new List<LiveEvent>();
        try
        {
            while (await queue.Reader.WaitToReadAsync(stop.Token))
            {
                await Task.Delay(window, time, stop.Token);
                while (queue.Reader.TryRead(out var liveEvent)) batch.Add(liveEvent);
                try
                {
                    await onEvents(batch);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "A page failed to apply {Count} live events", batch.Count);
                }
                batch = [];
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        if (stop.IsCancellationRequested) return;
        stop.Cancel();
        queue.Writer.TryComplete();
        onDispose();
        stop.Dispose();
    }
}
