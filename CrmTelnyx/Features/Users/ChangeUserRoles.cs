using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Features.Users;

/// <summary>Gives a user exactly the chosen roles; their open pages end so they come back with the new ones.</summary>
public sealed class ChangeUserRoles(UserManager<AppUser> users, UserSessions sessions, ILogger<ChangeUserRoles> logger)
{
    /// <param name="seen">The user as the admin's page showed them; a change made meanwhile by someone else is reported, not overwritten.</param>
    public async Task<UserChangeResult> ChangeAsync(string userId, IEnumerable<string> roles, UserAsSeen? seen = null)
    {
        var wanted = roles.Where(AppRoles.All.Contains).ToHashSet();
        if (wanted.Count == 0) return UserChangeResult.Refused("Choose at least one role.");
        if (await users.FindByIdAsync(userId) is not { } user) return UserChangeResult.NoSuchUser;
        if (seen is not null && await seen.ChangedMeanwhileAsync(users, user) is { } meanwhile) return UserChangeResult.Meanwhile(meanwhile);

        var current = (await users.GetRolesAsync(user)).ToHashSet();
        if (current.SetEquals(wanted)) return UserChangeResult.Success("The roles are unchanged.");
        if (current.Contains(AppRoles.Admin) && !wanted.Contains(AppRoles.Admin)
            && await ActiveAdminGuard.WouldLeaveNoActiveAdminAsync(users, user))
            return UserChangeResult.Refused("This is the only enabled admin: make someone else an admin first.");

        var stamp = user.SecurityStamp;
        var result = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        if (result.Succeeded) result = await users.AddToRolesAsync(user, wanted.Except(current));
        // A new stamp makes the user's sign-in stale: they sign in again and get the new roles' pages and live topics.
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(user);
        await sessions.EndIfStampChangedAsync(user, stamp);
        if (!result.Succeeded) return UserChangeResult.Refused(result);

        var names = string.Join(", ", AppRoles.All.Where(wanted.Contains));
        logger.LogInformation("Roles of {Email} changed to {Roles}", user.Email, names);
        return UserChangeResult.Success($"Roles saved: {names}. The user signs in again to use them.");
    }
}
