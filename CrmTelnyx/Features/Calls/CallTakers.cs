using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Features.Calls;

/// <summary>The users whose roles take calls (<see cref="AppRoles.Calls"/>): who may be rung, transferred to, or picked in the history.</summary>
public static class CallTakers
{
    private static readonly string[] Roles = AppRoles.Calls.Split(',');

    public static bool Includes(ClaimsPrincipal user) => Roles.Any(user.IsInRole);

    public static IQueryable<AppUser> In(CrmDbContext db) =>
        db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && Roles.Contains(r.Name!))));
}
