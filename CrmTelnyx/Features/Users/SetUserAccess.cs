using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Features.Users;

/// <summary>Disables a user (their open pages end at once), enables them again, or lifts a lockout after failed sign-ins.</summary>
public sealed class SetUserAccess(UserManager<AppUser> users, UserSessions sessions, ILogger<SetUserAccess> logger)
{
    /// <param name="seen">The user as the admin's page showed them; a change made meanwhile by someone else is reported, not overwritten.</param>
    public async Task<UserChangeResult> DisableAsync(string userId, UserAsSeen? seen = null)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return UserChangeResult.NoSuchUser;
        if (user.IsDisabled) return UserChangeResult.Success("The user is already disabled.");
        if (seen is not null && await seen.ChangedMeanwhileAsync(users, user) is { } meanwhile) return UserChangeResult.Meanwhile(meanwhile);
        if (await users.IsInRoleAsync(user, AppRoles.Admin) && await ActiveAdminGuard.WouldLeaveNoActiveAdminAsync(users, user))
            return UserChangeResult.Refused("This is the only enabled admin: it cannot be disabled.");

        var stamp = user.SecurityStamp;
        user.IsDisabled = true;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(user);
        await sessions.EndIfStampChangedAsync(user, stamp);
        return Report(user, result, "The user is disabled: their open pages were closed and they can no longer sign in.");
    }

    public async Task<UserChangeResult> EnableAsync(string userId, UserAsSeen? seen = null)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return UserChangeResult.NoSuchUser;
        if (!user.IsDisabled) return UserChangeResult.Success("The user is already enabled.");
        if (seen is not null && await seen.ChangedMeanwhileAsync(users, user) is { } meanwhile) return UserChangeResult.Meanwhile(meanwhile);
        user.IsDisabled = false;
        return Report(user, await users.UpdateAsync(user), "The user is enabled and can sign in again.");
    }

    /// <remarks>Takes no <see cref="UserAsSeen"/>: lifting a lockout overwrites nothing another admin chose.</remarks>
    public async Task<UserChangeResult> UnlockAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return UserChangeResult.NoSuchUser;
        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded) result = await users.ResetAccessFailedCountAsync(user);
        return Report(user, result, "The user is unlocked and can sign in again.");
    }

    private UserChangeResult Report(AppUser user, IdentityResult result, string done)
    {
        if (!result.Succeeded) return UserChangeResult.Refused(result);
        logger.LogInformation("Admin changed {Email}: {Change}", user.Email, done);
        return UserChangeResult.Success(done);
    }
}
