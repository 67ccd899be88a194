using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Features.Users;

/// <summary>Refuses a change that would leave no enabled admin: nobody could then manage users or numbers.</summary>
public static class ActiveAdminGuard
{
    public static async Task<bool> WouldLeaveNoActiveAdminAsync(UserManager<AppUser> users, AppUser changing)
    {
        var admins = await users.GetUsersInRoleAsync(AppRoles.Admin);
        return !admins.Any(a => a.Id != changing.Id && !a.IsDisabled);
    }
}
