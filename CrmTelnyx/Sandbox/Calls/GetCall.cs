using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>GET /v2/calls/{call_control_id}.</summary>
public static class GetCall
{
    public static async Task<IResult> HandleAsync(string callControlId, SandboxDbContext db, TimeProvider time)
    {
        var call = await db.Calls.FirstOrDefaultAsync(c => c.CallControlId == callControlId);
        if (call is null) return CallErrors.Unknown(callControlId);
        var end = call.EndedAt ?? time.GetUtcNow().UtcDateTime;
        return SandboxJson.Data(new
        {
            record_type = "call",
            call_control_id = call.CallControlId,
            call_leg_id = call.CallLegId.ToString(),
            call_session_id = call.CallSessionId.ToString(),
            client_state = call.ClientState,
            is_alive = call.State != "hangup",
            call_duration = (int)(end - call.StartedAt).TotalSeconds,
            start_time = SandboxJson.Time(call.StartedAt),
            end_time = SandboxJson.Time(call.EndedAt),
        });
    }
}
