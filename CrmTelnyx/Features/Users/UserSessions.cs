using CrmTelnyx.Identity;

namespace CrmTelnyx.Features.Users;

/// <summary>
/// Ends a user's sign-in sessions and open pages the moment a change gave them a new security stamp (disabled, roles
/// changed, password reset), rather than at the next check. Every use case that changes a user goes through here.
/// </summary>
public sealed class UserSessions(SignInSessions sessions)
{
    public async Task EndIfStampChangedAsync(AppUser user, string? stampBefore)
    {
        if (user.SecurityStamp == stampBefore) return;
        await sessions.EndAllOfAsync(user.Id);
    }
}
