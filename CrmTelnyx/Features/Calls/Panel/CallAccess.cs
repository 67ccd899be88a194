using System.Security.Claims;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>Who may act on a call: the agent on it, and admins and managers (who review every call).</summary>
public static class CallAccess
{
    public static bool MayControl(ClaimsPrincipal user, Call call) => MayControl(user, call.AgentUserId);

    public static bool MayControl(ClaimsPrincipal user, string? agentUserId) =>
        user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.Manager)
        || (agentUserId is not null && agentUserId == user.FindFirstValue(ClaimTypes.NameIdentifier));

    public const string NotYours = "This call is another agent's.";
}
