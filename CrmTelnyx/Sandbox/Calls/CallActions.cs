using System.Text.Json;
using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>
/// POST /v2/calls/{call_control_id}/actions/{action}: answer, hangup, reject, transfer, bridge, record_start/stop, speak, and friends.
/// A command_id seen before on the same call is answered ok and ignored, as Telnyx documents.
/// </summary>
public static class CallActions
{
    public sealed record Request(
        string? ClientState, string? CommandId, string? WebhookUrl, string? To, string? Format, string? Channels, string? Payload, string? Voice,
        string? Digits, string? AudioUrl, string? MediaName, string? Cause, string? CallControlId,
        int? DurationMillis, bool? Transcription, string? ParkAfterUnbridge, string? From, string? TargetLegClientState,
        System.Text.Json.JsonElement? Loop = null, string? TargetLegs = null, string? Stop = null);

    public sealed record Services(SandboxDbContext Db, CallLifecycle Lifecycle, TimeProvider Time, IServiceProvider Provider);

    public static async Task<IResult> HandleAsync(string callControlId, string action, HttpRequest http, [AsParameters] Services s)
    {
        var request = new Request(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        if (http.ContentLength is > 0 || http.Headers.TransferEncoding.Count > 0)
        {
            var (body, error) = await SandboxRequestBody.ReadAsync<Request>(http);
            if (body is null) return error!;
            request = body;
        }

        var call = await s.Db.Calls.FirstOrDefaultAsync(c => c.CallControlId == callControlId);
        if (call is null) return CallErrors.Unknown(callControlId);
        if (!Known.Contains(action)) return SandboxErrors.NotFound($"There is no call action '{action}'.");
        var commandId = string.IsNullOrWhiteSpace(request.CommandId) ? null : request.CommandId;
        if (commandId is not null && !await CommandIds.TryClaimAsync(s.Db, callControlId, commandId, s.Time.GetUtcNow().UtcDateTime))
            return Ok();
        var result = await ActAsync(action, request, http, s, call);
        if (result is null) return Ok();
        if (commandId is not null) await CommandIds.ReleaseAsync(s.Db, callControlId, commandId);
        return result;
    }

    private static IResult Ok() => SandboxJson.Data(new { result = "ok" });

    private static async Task<IResult?> ActAsync(string action, Request request, HttpRequest http, Services s, SandboxCall call)
    {
        if (call.State == "hangup") return CallErrors.Ended();
        if (request.ClientState is not null) call.ClientState = request.ClientState;
        if (!string.IsNullOrWhiteSpace(request.WebhookUrl)) call.WebhookUrl = request.WebhookUrl;

        var ct = http.HttpContext.RequestAborted;
        var result = action switch
        {
            "answer" => await AnswerAsync(s, call, ct),
            "hangup" => await HangUpAsync(s, call, ct),
            "reject" => await RejectAsync(s, call, request, ct),
            "transfer" => await TransferAsync(s, call, request, ct),
            "bridge" => await BridgeAsync(s, call, request, ct),
            "record_start" => await StartRecordingAsync(s, call, request),
            "record_stop" => await StopRecordingAsync(s, call),
            "speak" or "gather_using_speak" => await SpeakAsync(s, call, request, action == "gather_using_speak"),
            "playback_start" => await PlaybackAsync(s, call, request, http),
            "playback_stop" => await StopPlaybackAsync(s, call, request),
            "send_dtmf" => SendDtmf(request),
            _ => null,
        };
        if (result is not null) return result;
        await s.Db.SaveChangesAsync();
        return null;
    }

    private static readonly string[] Known =
        ["answer", "hangup", "reject", "transfer", "bridge", "record_start", "record_stop", "speak", "gather_using_speak", "playback_start", "playback_stop", "send_dtmf"];

    private static async Task<IResult?> AnswerAsync(Services s, SandboxCall call, CancellationToken ct)
    {
        if (call.Direction != "incoming" || call.State != "parked") return CallErrors.WrongState("Only a ringing inbound call can be answered.");
        return await s.Lifecycle.AnswerAsync(s.Provider, s.Db, call, ct) ? null : CallErrors.Ended();
    }

    private static async Task<IResult?> HangUpAsync(Services s, SandboxCall call, CancellationToken ct)
    {
        // Our side hanging up: the caller on an outbound call, the callee on an inbound one.
        var source = call.Direction == "outgoing" ? "caller" : "callee";
        var cause = call.State == "answered" ? "normal_clearing" : "originator_cancel";
        return await s.Lifecycle.HangUpAsync(s.Provider, s.Db, call, cause, source, cause == "normal_clearing" ? "200" : "487", ct) ? null : CallErrors.Ended();
    }

    private static async Task<IResult?> RejectAsync(Services s, SandboxCall call, Request request, CancellationToken ct)
    {
        if (request.Cause is not ("CALL_REJECTED" or "USER_BUSY")) return SandboxErrors.MissingParameter("/cause");
        if (call.Direction != "incoming" || call.State != "parked") return CallErrors.WrongState("Only a ringing inbound call can be rejected.");
        var busy = request.Cause == "USER_BUSY";
        return await s.Lifecycle.HangUpAsync(s.Provider, s.Db, call, busy ? "user_busy" : "call_rejected", "callee", busy ? "486" : "603", ct) ? null : CallErrors.Ended();
    }

    /// <summary>
    /// Telnyx's transfer: a new leg dials <c>to</c> and is bridged to this one when it answers. The leg this one was
    /// bridged to is let go and, as after any unbridge without park_after_unbridge, hung up. If the new leg is not
    /// answered, only it hangs up and this leg stays as it is.
    /// </summary>
    private static async Task<IResult?> TransferAsync(Services s, SandboxCall call, Request request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.To)) return SandboxErrors.MissingParameter("/to");
        if (!E164.IsValid(request.To)) return SandboxErrors.NotE164("/to", request.To);
        if (request.From is not null && !E164.IsValid(request.From)) return SandboxErrors.NotE164("/from", request.From);
        if (call.State != "answered") return CallErrors.WrongState("Only an answered call can be transferred.");
        await s.Lifecycle.TransferAsync(s.Provider, s.Db, call, request.To, request.From ?? call.From, request.TargetLegClientState, ct);
        return null;
    }

    private static async Task<IResult?> BridgeAsync(Services s, SandboxCall call, Request request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.CallControlId)) return SandboxErrors.MissingParameter("/call_control_id");
        if (request.ParkAfterUnbridge is not (null or "self"))
            return SandboxErrors.Result(422, "10015", "Invalid park_after_unbridge", "park_after_unbridge can only be 'self'.", "/park_after_unbridge");
        if (request.CallControlId == call.CallControlId) return CallErrors.WrongState("A call can't be bridged with itself.");
        var other = await s.Db.Calls.FirstOrDefaultAsync(c => c.CallControlId == request.CallControlId, ct);
        if (other is null) return CallErrors.Unknown(request.CallControlId);
        if (other.State == "hangup")
            return SandboxErrors.Result(422, "90018", "Call has already ended", $"The call to bridge with ({other.CallControlId}) is no longer active.", "/call_control_id");
        if (call.State != "answered") return CallErrors.WrongState("This call can be bridged only once it is answered.");
        if (other.State != "answered") return CallErrors.WrongState($"The call to bridge with ({other.CallControlId}) is not answered yet.");
        if (call.BridgedWith is not null || other.BridgedWith is not null) return CallErrors.WrongState("One of the calls is already bridged.");
        await s.Lifecycle.BridgeAsync(s.Provider, s.Db, call, other, request.ParkAfterUnbridge, ct);
        return null;
    }

    private static async Task<IResult?> StartRecordingAsync(Services s, SandboxCall call, Request request)
    {
        if (request.Format is not ("mp3" or "wav")) return SandboxErrors.MissingParameter("/format");
        if (request.Channels is not ("single" or "dual")) return SandboxErrors.MissingParameter("/channels");
        if (call.State != "answered")
            return SandboxErrors.Result(422, "90020", "Call not answered", "Recording can start only once the call is answered and audio flows.");
        if (await s.Db.Recordings.AnyAsync(r => r.CallControlId == call.CallControlId && r.EndedAt == null))
            return CallErrors.WrongState("The call is already being recorded.");
        s.Db.Recordings.Add(new SandboxRecording
        {
            Id = Guid.NewGuid(), CallControlId = call.CallControlId, Channels = request.Channels, StartedAt = s.Time.GetUtcNow().UtcDateTime,
            Transcribe = request.Transcription == true,
        });
        return null;
    }

    private static async Task<IResult?> StopRecordingAsync(Services s, SandboxCall call)
    {
        var recording = await s.Db.Recordings.FirstOrDefaultAsync(r => r.CallControlId == call.CallControlId && r.EndedAt == null);
        if (recording is null) return CallErrors.WrongState("The call is not being recorded.");
        recording.EndedAt = s.Time.GetUtcNow().UtcDateTime;
        await s.Db.SaveChangesAsync();
        await CallLifecycle.PublishRecordingSavedAsync(s.Provider, call, recording, TimeSpan.FromMilliseconds(100));
        return null;
    }

    private static async Task<IResult?> SpeakAsync(Services s, SandboxCall call, Request request, bool gather)
    {
        if (string.IsNullOrWhiteSpace(request.Payload)) return SandboxErrors.MissingParameter("/payload");
        if (string.IsNullOrWhiteSpace(request.Voice)) return SandboxErrors.MissingParameter("/voice");
        if (request.Payload.Length > 3000) return SandboxErrors.Result(422, "10015", "Payload too long", "payload is at most 3,000 characters.", "/payload");
        s.Db.Speeches.Add(new SandboxSpeech { CallControlId = call.CallControlId, Text = request.Payload, SpokenAt = s.Time.GetUtcNow().UtcDateTime });
        await CallLifecycle.PublishAsync(s.Provider, call, "call.speak.started", CallPayload.For(call), TimeSpan.FromMilliseconds(50));
        await CallLifecycle.PublishAsync(s.Provider, call, "call.speak.ended", CallPayload.For(call, new { status = "completed" }), TimeSpan.FromMilliseconds(300));
        if (gather)
            await CallLifecycle.PublishAsync(s.Provider, call, "call.gather.ended", CallPayload.For(call, new { digits = "1", status = "valid" }), TimeSpan.FromMilliseconds(600));
        return null;
    }

    /// <summary>
    /// Plays for 400 ms per loop; with loop "infinity" it plays until playback_stop (ended: cancelled) or the hangup
    /// (ended: call_hangup). An audio_url that does not answer with audio ends it at once: file_not_found.
    /// </summary>
    private static async Task<IResult?> PlaybackAsync(Services s, SandboxCall call, Request request, HttpRequest http)
    {
        if (string.IsNullOrWhiteSpace(request.AudioUrl) && string.IsNullOrWhiteSpace(request.MediaName)) return SandboxErrors.MissingParameter("/audio_url");
        if (!string.IsNullOrWhiteSpace(request.AudioUrl) && !string.IsNullOrWhiteSpace(request.MediaName))
            return SandboxErrors.Result(422, "10015", "Invalid parameters", "media_name and audio_url cannot be used together in one request.", "/media_name");
        if (request.AudioUrl is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            return SandboxErrors.Result(422, "10015", "Invalid audio_url", "audio_url must be an absolute http(s) URL of a WAV or MP3 file.", "/audio_url");
        if (request.TargetLegs is not (null or "self" or "peer" or "both"))
            return SandboxErrors.Result(422, "10015", "Invalid target_legs", "target_legs must be self, peer or both.", "/target_legs");
        if (!TryReadLoop(request.Loop, out var loops))
            return SandboxErrors.Result(422, "10015", "Invalid loop", "loop must be an integer from 1 to 100, or \"infinity\".", "/loop");
        if (call.State != "answered") return CallErrors.WrongState("Audio can be played once the call is answered.");

        var payload = new { media_url = request.AudioUrl, media_name = request.MediaName, overlay = false };
        if (request.AudioUrl is not null && !await s.Provider.GetRequiredService<PlaybackMedia>().IsPlayableAsync(request.AudioUrl, http.HttpContext.RequestAborted))
        {
            await CallLifecycle.PublishAsync(s.Provider, call, "call.playback.ended",
                CallPayload.For(call, new { payload.media_url, overlay = false, status = "file_not_found", status_detail = "The audio could not be fetched from audio_url." }), TimeSpan.FromMilliseconds(50));
            return null;
        }
        await CallLifecycle.PublishAsync(s.Provider, call, "call.playback.started", CallPayload.For(call, payload), TimeSpan.FromMilliseconds(50));
        if (loops is null)
        {
            call.LoopingPlayback = request.AudioUrl ?? request.MediaName;
            return null;
        }
        await CallLifecycle.PublishAsync(s.Provider, call, "call.playback.ended",
            CallPayload.For(call, new { payload.media_url, payload.media_name, overlay = false, status = "completed" }), TimeSpan.FromMilliseconds(400 * loops.Value));
        return null;
    }

    /// <summary>Null loops for "infinity"; Telnyx accepts the count as a number or a string.</summary>
    private static bool TryReadLoop(JsonElement? loop, out int? loops)
    {
        loops = 1;
        if (loop is not { } value || value.ValueKind == JsonValueKind.Null) return true;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (text == "infinity")
        {
            loops = null;
            return true;
        }
        if (int.TryParse(text, out var count) && count is >= 1 and <= 100)
        {
            loops = count;
            return true;
        }
        return false;
    }

    private static async Task<IResult?> StopPlaybackAsync(Services s, SandboxCall call, Request request)
    {
        if (request.Stop is not (null or "current" or "all"))
            return SandboxErrors.Result(422, "10015", "Invalid stop", "stop must be current or all.", "/stop");
        if (call.LoopingPlayback is not { } playing) return null; // Nothing playing: accepted, as Telnyx does.
        call.LoopingPlayback = null;
        await CallLifecycle.PublishAsync(s.Provider, call, "call.playback.ended",
            CallPayload.For(call, new { media_url = playing, overlay = false, status = "cancelled" }), TimeSpan.FromMilliseconds(50));
        return null;
    }

    /// <summary>Telnyx's DTMF alphabet: 0-9, A-D, * and #, with w (0.5 s) and W (1 s) as pauses.</summary>
    private const string DtmfDigits = "0123456789ABCD*#wW";

    private static IResult? SendDtmf(Request request)
    {
        if (string.IsNullOrEmpty(request.Digits)) return SandboxErrors.MissingParameter("/digits");
        var bad = request.Digits.Where(d => !DtmfDigits.Contains(d)).Distinct().ToArray();
        if (bad.Length > 0)
            return SandboxErrors.Result(422, "10015", "Invalid digits",
                $"'{new string(bad)}' {(bad.Length == 1 ? "is not a DTMF digit" : "are not DTMF digits")}: use 0-9, A-D, * and #, with w or W to pause.", "/digits");
        if (request.DurationMillis is < 100 or > 500)
            return SandboxErrors.Result(422, "10015", "Invalid duration_millis", "duration_millis must be between 100 and 500.", "/duration_millis");
        return null;
    }
}
