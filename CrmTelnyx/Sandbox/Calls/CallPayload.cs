using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>The fields every voice webhook carries, plus the ones an event adds.</summary>
public static class CallPayload
{
    public static JsonObject For(SandboxCall call, object? extra = null)
    {
        var payload = new JsonObject
        {
            ["call_control_id"] = call.CallControlId,
            ["call_leg_id"] = call.CallLegId.ToString(),
            ["call_session_id"] = call.CallSessionId.ToString(),
            ["connection_id"] = call.ConnectionId,
            ["client_state"] = call.ClientState,
            ["from"] = call.From,
            ["to"] = call.To,
            ["direction"] = call.Direction,
            ["state"] = call.State,
            ["start_time"] = SandboxJson.Time(call.StartedAt),
        };
        if (extra is not null)
            foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(extra, SandboxJson.Options)!.AsObject())
                payload[key] = value?.DeepClone();
        return payload;
    }
}
