using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Features.Users;

/// <summary>An admin sets a new password for a user who forgot theirs; the old one and the user's open pages stop working.</summary>
public sealed class ResetUserPassword(UserManager<AppUser> users, UserSessions sessions, ILogger<ResetUserPassword> logger)
{
    /// <param name="seen">The user as the admin's page showed them: another admin's reset meanwhile is reported, not overwritten.</param>
    public async Task<UserChangeResult> ResetAsync(string userId, string newPassword, UserAsSeen? seen = null)
    {
        if (string.IsNullOrEmpty(newPassword)) return UserChangeResult.Refused("Enter the new password.");
        if (await users.FindByIdAsync(userId) is not { } user) return UserChangeResult.NoSuchUser;
        if (seen is not null && await seen.ChangedMeanwhileAsync(users, user) is { } meanwhile) return UserChangeResult.Meanwhile(meanwhile);

        var stamp = user.SecurityStamp;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        await sessions.EndIfStampChangedAsync(user, stamp);
        if (!result.Succeeded) return UserChangeResult.Refused(result);

        logger.LogInformation("Admin reset the password of {Email}", user.Email);
        return UserChangeResult.Success("The password was changed. Tell the user their new password.");
    }
}
