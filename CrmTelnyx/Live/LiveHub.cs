using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;

namespace CrmTelnyx.Live;

/// <summary>The browsers' live channel. Thin: pages subscribe to topics; features publish through <see cref="ILiveNotifier"/>.</summary>
[Authorize]
public sealed class LiveHub(SignInManager<AppUser> signIn, LiveConnections connections) : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    public override async Task OnConnectedAsync()
    {
        // The sign-in cookie is re-checked only once a minute, so a user just disabled or given other roles could
        // still connect with their old claims; the security stamp says whether the cookie is still current.
        if (await signIn.ValidateSecurityStampAsync(Context.User) is not { IsDisabled: false } user)
        {
            Context.Abort();
            return;
        }
        connections.Opened(user.Id, Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveTopics.User(user.Id));
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Closed(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
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
