using System.Security.Claims;
using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Settings;

/// <summary>
/// Pushes a notice to the person's own open pages through the live feed, so an admin can see live updates arrive
/// end to end. Only ever their own topic: nobody else sees it.
/// </summary>
public sealed class SendTestNotice(ILiveNotifier notifier, TimeProvider time)
{
    public const string Title = "Live updates work";

    public async Task<DateTimeOffset> SendAsync(ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Only a signed-in person has a topic of their own.");
        var at = time.GetUtcNow();
        await notifier.PublishAsync(LiveTopics.User(userId), LiveNotice.EventName, new LiveNotice(Title, $"Test update sent at {at:HH:mm:ss} UTC."));
        return at;
    }
}
