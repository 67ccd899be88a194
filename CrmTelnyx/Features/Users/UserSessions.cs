using CrmTelnyx.Identity;
using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Users;

/// <summary>
/// Ends a user's open pages the moment a change gave them a new security stamp (disabled, roles changed, password
/// reset), rather than at the next revalidation. Every use case that changes a user goes through here.
/// </summary>
public sealed class UserSessions(OpenCircuits circuits, LiveConnections liveConnections)
{
    public void EndIfStampChanged(AppUser user, string? stampBefore)
    {
        if (user.SecurityStamp == stampBefore) return;
        circuits.EndAllOf(user.Id);
        // The old htmx pages' hub; goes when the last htmx page does.
        liveConnections.EndAllOf(user.Id);
    }
}
