using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CrmTelnyx.Live;

/// <summary>The browsers' live channel. Thin: pages subscribe to topics; features publish through <see cref="ILiveNotifier"/>.</summary>
[Authorize]
public sealed class LiveHub : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    public override async Task OnConnectedAsync()
    {
        var userId = Context.User?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null) await Groups.AddToGroupAsync(Context.ConnectionId, LiveTopics.User(userId));
        await base.OnConnectedAsync();
    }

    /// <returns>Whether the subscription was accepted.</returns>
    public async Task<bool> Subscribe(string topic)
    {
        if (Context.User is null || !LiveTopics.MaySubscribe(Context.User, topic)) return false;
        await Groups.AddToGroupAsync(Context.ConnectionId, topic);
        return true;
    }

    public Task Unsubscribe(string topic) => Groups.RemoveFromGroupAsync(Context.ConnectionId, topic);
}
