using Microsoft.AspNetCore.SignalR;

namespace CrmTelnyx.Live;

/// <summary>While some pages still listen through the hub (live.js), events go both to the hub and to the circuits' feed.</summary>
public sealed class LiveNotifier(IHubContext<LiveHub, ILiveClient> hub, LiveFeed feed, TimeProvider time, ILogger<LiveNotifier> logger) : ILiveNotifier
{
    public async Task PublishAsync(string topic, string name, object? data = null, CancellationToken cancellationToken = default)
    {
        await feed.PublishAsync(topic, name, data, cancellationToken);
        try
        {
            await hub.Clients.Group(topic).Event(new LiveEvent(topic, name, data, time.GetUtcNow()));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A push is a courtesy: the page reloads the truth from the database, so a failed push never fails the work.
            logger.LogWarning(ex, "Could not push {Name} to {Topic}", name, topic);
        }
    }
}
