using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>
/// What every button on the live call panel shares: load the call with its legs, check the person may act on it and
/// that it is still going, and turn a Telnyx refusal into words. Each button is a use case built on it.
/// </summary>
public sealed class LiveCallAction(CrmDbContext db)
{
    public async Task<string?> RunAsync(ClaimsPrincipal user, long callId, Func<Call, Task<string?>> action, CancellationToken cancellationToken)
    {
        var call = await db.Calls.Include(c => c.Legs).SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null) return "That call no longer exists.";
        if (!CallAccess.MayControl(user, call)) return CallAccess.NotYours;
        if (call.Status == CallStatus.Ended) return "The call has ended.";
        try
        {
            return await action(call);
        }
        catch (TelnyxException e)
        {
            return $"Telnyx refused: {e.UserMessage}";
        }
    }

    public static CallLeg? Live(Call call, CallLegRole role) =>
        call.Legs.FirstOrDefault(l => l.Role == role && l.State != CallStates.Hangup);
}
