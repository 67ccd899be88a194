using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace CrmTelnyx.Live;

/// <summary>
/// The open live connections and whose they are, so that when an admin disables a user, changes their roles or
/// resets their password, that user's open pages stop receiving events at once rather than when they reload.
/// </summary>
public sealed class LiveConnections
{
    private readonly ConcurrentDictionary<string, (string UserId, HubCallerContext Context)> open = new();

    public void Opened(string userId, HubCallerContext context) => open[context.ConnectionId] = (userId, context);

    public void Closed(string connectionId) => open.TryRemove(connectionId, out _);

    public void EndAllOf(string userId)
    {
        foreach (var (_, connection) in open)
            if (connection.UserId == userId) connection.Context.Abort();
    }
}
