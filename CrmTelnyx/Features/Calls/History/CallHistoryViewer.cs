using System.Security.Claims;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Features.Calls.History;

/// <summary>Who is looking at the call history: Admins and Managers see every call, an Agent only their own.</summary>
public sealed record CallHistoryViewer(string? UserId, bool SeesEveryone)
{
    public static CallHistoryViewer Of(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.Manager));
}
