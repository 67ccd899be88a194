using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls;

/// <summary>Adds a leg the app just dialled, unless its own webhook got there first (the processor adds it from the client_state).</summary>
public static class CallLegRows
{
    public static async Task AddIfMissingAsync(CrmDbContext db, Call call, string callControlId, CallLegRole role, string to, TimeProvider time, CancellationToken cancellationToken, string? agentUserId = null)
    {
        if (await db.CallLegs.AnyAsync(l => l.CallControlId == callControlId, cancellationToken)) return;
        var leg = new CallLeg { CallId = call.Id, CallControlId = callControlId, Role = role, To = to, AgentUserId = agentUserId, StartedAt = time.GetUtcNow().UtcDateTime };
        db.CallLegs.Add(leg);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The webhook processor added it between the check and the save: its row stands.
            db.Entry(leg).State = EntityState.Detached;
        }
    }
}
