using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Features.Users;

/// <summary>
/// A user as the admin's page loaded them: a change made from that page assumes these are still true. The
/// concurrency stamp says whether anything changed; the rest says whether it was something the admin saw (a failed
/// sign-in or a theme choice moves the stamp too, and must not block the admin).
/// </summary>
/// <param name="SecurityStamp">Changes with a password reset, roles, disabling or ending sessions; kept on the server, never shown.</param>
public sealed record UserAsSeen(string? ConcurrencyStamp, string? SecurityStamp, IReadOnlySet<string> Roles, bool IsDisabled)
{
    /// <summary>What changed since the page was loaded, in words for the admin; null when nothing they saw changed.</summary>
    public async Task<string?> ChangedMeanwhileAsync(UserManager<AppUser> users, AppUser user)
    {
        if (user.ConcurrencyStamp == ConcurrencyStamp) return null;
        var roles = (await users.GetRolesAsync(user)).ToHashSet();
        var changes = new List<string>();
        if (!roles.SetEquals(Roles)) changes.Add($"their roles are now {Names(roles)} (you saw {Names(Roles)})");
        if (user.IsDisabled != IsDisabled) changes.Add(user.IsDisabled ? "they were disabled" : "they were enabled");
        if (changes.Count == 0 && user.SecurityStamp != SecurityStamp) changes.Add("their password was reset or their sessions were ended");
        return changes.Count == 0 ? null
            : $"Someone else changed this user after you opened the page: {string.Join("; ", changes)}. Nothing was changed: the page now shows them as they are, so check and try again.";
    }

    private static string Names(IReadOnlySet<string> roles) =>
        roles.Count == 0 ? "none" : string.Join(", ", AppRoles.All.Where(roles.Contains));
}
