using System.Text.Json;
using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>POST /v2/calls: places an outbound call from the Call Control application; call.initiated follows at once.</summary>
public static class DialCall
{
    private static readonly string[] AmdModes = ["disabled", "detect", "detect_beep", "detect_words", "greeting_end", "premium"];

    public sealed record Request(
        string? ConnectionId, JsonElement To, string? From, string? WebhookUrl, string? ClientState, string? AnsweringMachineDetection,
        string? Record, string? RecordChannels, string? CommandId, string? LinkTo, bool? BridgeOnAnswer);

    public sealed record Services(SandboxDbContext Db, CallLifecycle Lifecycle, TimeProvider Time, IServiceProvider Provider);

    public static async Task<IResult> HandleAsync(HttpRequest http, [AsParameters] Services s)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http);
        if (request is null) return error!;

        if (string.IsNullOrWhiteSpace(request.ConnectionId)) return SandboxErrors.MissingParameter("/connection_id");
        var to = request.To.ValueKind switch
        {
            JsonValueKind.String => request.To.GetString(),
            JsonValueKind.Array when request.To.GetArrayLength() > 0 => request.To[0].GetString(),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(to)) return SandboxErrors.MissingParameter("/to");
        if (!E164.IsValid(to)) return SandboxErrors.NotE164("/to", to);
        if (!E164.IsDialable(to)) return SandboxErrors.InvalidNumber("/to", to);
        if (string.IsNullOrWhiteSpace(request.From)) return SandboxErrors.MissingParameter("/from");
        if (!E164.IsValid(request.From)) return SandboxErrors.NotE164("/from", request.From);
        if (!await s.Db.CallControlApplications.AnyAsync(a => a.Id == request.ConnectionId))
            return SandboxErrors.Result(422, "10015", "Invalid connection_id", $"No Call Control application '{request.ConnectionId}' on this account.", "/connection_id");
        if (request.ClientState is not null && !IsBase64(request.ClientState))
            return SandboxErrors.Result(422, "10015", "Invalid client_state", "client_state must be valid base64.", "/client_state");
        var amd = request.AnsweringMachineDetection ?? "disabled";
        if (!AmdModes.Contains(amd))
            return SandboxErrors.Result(422, "10015", "Invalid answering_machine_detection", $"'{amd}' is not one of {string.Join(", ", AmdModes)}.", "/answering_machine_detection");

        SandboxCall? linked = null;
        if (!string.IsNullOrWhiteSpace(request.LinkTo))
        {
            linked = await s.Db.Calls.FirstOrDefaultAsync(c => c.CallControlId == request.LinkTo);
            if (linked is null)
                return SandboxErrors.Result(422, "90015", "Invalid Call Control ID", $"link_to names no call: '{request.LinkTo}'.", "/link_to");
        }
        else if (request.BridgeOnAnswer == true) return SandboxErrors.MissingParameter("/link_to");

        var now = s.Time.GetUtcNow().UtcDateTime;
        var commandId = string.IsNullOrWhiteSpace(request.CommandId) ? null : request.CommandId;
        if (commandId is not null && await CommandIds.EarlierDialAsync(s.Db, commandId, now) is { } earlier)
            return Placed(earlier);

        var recordFromAnswer = request.Record == "record-from-answer";
        var call = new SandboxCall
        {
            // link_to puts the new leg in the linked call's session, as Telnyx does.
            CallControlId = SandboxIds.CallControlId(), CallLegId = Guid.NewGuid(), CallSessionId = linked?.CallSessionId ?? Guid.NewGuid(),
            ConnectionId = request.ConnectionId, Direction = "outgoing", From = request.From, To = to, State = "bridging",
            ClientState = request.ClientState, WebhookUrl = request.WebhookUrl, AnsweringMachineDetection = amd,
            RecordFromAnswer = recordFromAnswer, ActiveRecordingId = recordFromAnswer ? Guid.NewGuid() : null,
            BridgeOnAnswerWith = request.BridgeOnAnswer == true ? linked!.CallControlId : null,
            StartedAt = now,
        };
        s.Db.Calls.Add(call);
        if (commandId is not null)
            s.Db.Commands.Add(new SandboxCommand { Scope = SandboxCommand.Dial, CommandId = commandId, CallControlId = call.CallControlId, ReceivedAt = now });
        try
        {
            await s.Db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (commandId is not null)
        {
            // A twin request with the same command_id placed its call a moment before this one.
            s.Db.ChangeTracker.Clear();
            return await CommandIds.EarlierDialAsync(s.Db, commandId, now) is { } twin ? Placed(twin) : throw new InvalidOperationException("The dial's command_id clashed but no call holds it.");
        }

        await CallLifecycle.PublishAsync(s.Provider, call, "call.initiated", CallPayload.For(call, new { caller_id_name = call.From, custom_headers = Array.Empty<object>() }));
        s.Lifecycle.AfterDial(call);
        return Placed(call);
    }

    /// <summary>The dial's answer; a repeated command_id gets the first dial's call as it is now.</summary>
    private static IResult Placed(SandboxCall call) =>
        SandboxJson.Data(new
        {
            record_type = "call",
            call_control_id = call.CallControlId,
            call_leg_id = call.CallLegId.ToString(),
            call_session_id = call.CallSessionId.ToString(),
            is_alive = call.State != "hangup",
            client_state = call.ClientState,
            recording_id = call.ActiveRecordingId?.ToString(),
        });

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out _);
    }
}
