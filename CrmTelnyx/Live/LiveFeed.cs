using System.Collections.Concurrent;
using System.Security.Claims;

namespace CrmTelnyx.Live;

/// <summary>
/// The one live feed: features publish events to a topic, open pages subscribe to the topics they show.
/// Delivery is in-process; several instances would put a backplane (Redis, PostgreSQL LISTEN/NOTIFY) between
/// <see cref="PublishAsync"/> and <see cref="Deliver"/>: publish to the backplane, deliver what it hands back.
/// </summary>
public sealed class LiveFeed(TimeProvider time, ILogger<LiveFeed> logger) : ILiveNotifier
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<LiveSubscription, byte>> byTopic = new();

    public Task PublishAsync(string topic, string name, object? data = null, CancellationToken cancellationToken = default)
    {
        Deliver(new LiveEvent(topic, name, data, time.GetUtcNow()));
        return Task.CompletedTask;
    }

    /// <summary>Hands an event to this instance's subscribers of its topic; never blocks the publisher.</summary>
    public void Deliver(LiveEvent liveEvent)
    {
        if (!byTopic.TryGetValue(liveEvent.Topic, out var subscribers)) return;
        foreach (var subscription in subscribers.Keys) subscription.Post(liveEvent);
    }

    /// <summary>
    /// Calls <paramref name="onEvents"/> with the events published to <paramref name="topic"/>, at most once per
    /// <paramref name="coalesce"/> window (default 250 ms), so a page re-renders a few times a second however many
    /// events arrive. Null when <paramref name="user"/> may not see the topic. Dispose to stop.
    /// </summary>
    public IDisposable? Subscribe(ClaimsPrincipal user, string topic, Func<IReadOnlyList<LiveEvent>, Task> onEvents, TimeSpan? coalesce = null)
    {
        if (!LiveTopics.MaySubscribe(user, topic)) return null;
        LiveSubscription? subscription = null;
        subscription = new LiveSubscription(onEvents, coalesce ?? TimeSpan.FromMilliseconds(250), time, logger,
            onDispose: () => Remove(topic, subscription!));
        byTopic.GetOrAdd(topic, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    private void Remove(string topic, LiveSubscription subscription)
    {
        if (byTopic.TryGetValue(topic, out var subscribers)) subscribers.TryRemove(subscription, out _);
    }
}
