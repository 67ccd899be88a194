using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Sandbox.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>
/// The far end of every sandbox call: answers (or is busy, or does not pick up), hangs up after a while, and emits
/// each step as Telnyx does — call.initiated, call.answered, call.hangup, call.recording.saved, call.cost.
/// </summary>
public sealed class CallLifecycle(SandboxScheduler scheduler, SandboxRuntimeSettings runtime, IOptions<SandboxOptions> options)
{
    private static readonly TimeSpan AfterHangup = TimeSpan.FromMilliseconds(100);

    public void AfterDial(SandboxCall call) =>
        scheduler.Schedule(TimeSpan.FromMilliseconds(runtime.CallAnswerDelayMs), "call answer", (services, ct) => FarEndRespondsAsync(services, call.CallControlId, ct));

    public void AfterInboundRing(SandboxCall call) =>
        scheduler.Schedule(TimeSpan.FromMilliseconds(options.Value.InboundRingTimeoutMs), "inbound ring timeout", async (services, ct) =>
        {
            var db = services.GetRequiredService<SandboxDbContext>();
            var current = await db.Calls.SingleAsync(c => c.CallControlId == call.CallControlId, ct);
            if (current.State == "parked") await HangUpAsync(services, db, current, "originator_cancel", "caller", "487", ct);
        });

    /// <summary>Marks the call answered and lets the far end hang up after the configured duration.</summary>
    public async Task<bool> AnswerAsync(IServiceProvider services, SandboxDbContext db, SandboxCall call, CancellationToken ct)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // Claimed in one statement, so a hangup racing the answer wins cleanly instead of being overwritten.
        var claimed = await db.Calls.Where(c => c.CallControlId == call.CallControlId && (c.State == "bridging" || c.State == "parked"))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.State, "answered").SetProperty(c => c.AnsweredAt, now), ct);
        if (claimed == 0) return false;
        call.State = "answered";
        call.AnsweredAt = now;
        if (call.RecordFromAnswer)
            db.Recordings.Add(new SandboxRecording { Id = call.ActiveRecordingId ?? Guid.NewGuid(), CallControlId = call.CallControlId, StartedAt = now });
        var armFarEnd = PrepareFarEndHangup(call);
        await db.SaveChangesAsync(ct);
        await PublishAsync(services, call, "call.answered", CallPayload.For(call));

        if (call.Direction == "outgoing" && call.AnsweringMachineDetection is not ("disabled" or ""))
        {
            var machine = CallRules.IsMachine(call.To);
            var premium = call.AnsweringMachineDetection == "premium";
            await PublishAsync(services, call, premium ? "call.machine.premium.detection.ended" : "call.machine.detection.ended",
                CallPayload.For(call, new { result = machine ? "machine" : premium ? "human_residence" : "human" }), TimeSpan.FromMilliseconds(50));
        }

        if (call.BridgeOnAnswerWith is not null)
        {
            var linked = await db.Calls.SingleAsync(c => c.CallControlId == call.BridgeOnAnswerWith, ct);
            // bridge_on_answer with a linked leg that has meanwhile ended leaves this leg up on its own.
            if (linked is { State: "answered", BridgedWith: null })
            {
                await BridgeAsync(services, db, call, linked, parkAfterUnbridge: null, ct);
                return true;
            }
        }

        armFarEnd();
        return true;
    }

    /// <summary>
    /// Bridges two answered legs: call.bridged on each (its own ids and client_state). The two far-end timers stop;
    /// the contact's leg (an incoming leg if there is one, else the leg answered last: in "call my phone first" the
    /// contact is dialled after the agent answered) hangs up CallDurationMs after the bridge, and the other follows.
    /// </summary>
    public async Task BridgeAsync(IServiceProvider services, SandboxDbContext db, SandboxCall leg, SandboxCall other, string? parkAfterUnbridge, CancellationToken ct)
    {
        leg.BridgedWith = other.CallControlId;
        other.BridgedWith = leg.CallControlId;
        leg.ParkAfterUnbridge = parkAfterUnbridge;
        var contact = ContactOf(leg, other);
        (contact == leg ? other : leg).FarEndTimer = null;
        var armFarEnd = PrepareFarEndHangup(contact);
        await db.SaveChangesAsync(ct);
        armFarEnd();
        await PublishAsync(services, leg, "call.bridged", CallPayload.For(leg), TimeSpan.FromMilliseconds(50));
        await PublishAsync(services, other, "call.bridged", CallPayload.For(other), TimeSpan.FromMilliseconds(50));

        // A leg that hung up while the bridge was being made did not see its partner: end the bridge now.
        var ended = await db.Calls.AsNoTracking().Where(c => (c.CallControlId == leg.CallControlId || c.CallControlId == other.CallControlId) && c.State == "hangup")
            .Select(c => c.CallControlId).ToListAsync(ct);
        if (ended.Count == 1) await EndBridgeAsync(services, db, ended[0] == leg.CallControlId ? other : leg, ct);
    }

    /// <summary>See CallActions' transfer: lets go of the current partner (hung up), then dials the target, bridged on answer.</summary>
    public async Task TransferAsync(IServiceProvider services, SandboxDbContext db, SandboxCall call, string to, string from, string? targetClientState, CancellationToken ct)
    {
        if (call.BridgedWith is { } partnerId && await db.Calls.SingleOrDefaultAsync(c => c.CallControlId == partnerId, ct) is { } partner)
        {
            (call.BridgedWith, partner.BridgedWith, partner.ParkAfterUnbridge) = (null, null, null);
            await db.SaveChangesAsync(ct);
            await HangUpAsync(services, db, partner, "normal_clearing", partner.Direction == "outgoing" ? "caller" : "callee", "200", ct);
        }
        var target = new SandboxCall
        {
            CallControlId = SandboxIds.CallControlId(), CallLegId = Guid.NewGuid(), CallSessionId = call.CallSessionId,
            ConnectionId = call.ConnectionId, Direction = "outgoing", From = from, To = to, State = "bridging",
            ClientState = targetClientState, BridgeOnAnswerWith = call.CallControlId,
            StartedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        db.Calls.Add(target);
        await db.SaveChangesAsync(ct);
        await PublishAsync(services, target, "call.initiated", CallPayload.For(target, new { caller_id_name = from, custom_headers = Array.Empty<object>() }));
        AfterDial(target);
    }

    private static SandboxCall ContactOf(SandboxCall a, SandboxCall b) =>
        a.Direction == "incoming" && b.Direction != "incoming" ? a
        : b.Direction == "incoming" && a.Direction != "incoming" ? b
        : (b.AnsweredAt ?? DateTime.MinValue) >= (a.AnsweredAt ?? DateTime.MinValue) ? b : a;

    /// <summary>
    /// Gives the leg a new far-end timer token; the returned action, run once the token is saved, lets the far end hang
    /// up CallDurationMs later unless the timer was re-armed or disarmed meanwhile.
    /// </summary>
    private Action PrepareFarEndHangup(SandboxCall call)
    {
        var token = Guid.NewGuid();
        call.FarEndTimer = token;
        return () => scheduler.Schedule(TimeSpan.FromMilliseconds(runtime.CallDurationMs), "far end hangs up", async (later, laterCt) =>
        {
            var laterDb = later.GetRequiredService<SandboxDbContext>();
            var current = await laterDb.Calls.SingleAsync(c => c.CallControlId == call.CallControlId, laterCt);
            if (current.State != "answered" || current.FarEndTimer != token) return;
            await HangUpAsync(later, laterDb, current, "normal_clearing", current.Direction == "outgoing" ? "callee" : "caller", "200", laterCt);
        });
    }

    /// <summary>
    /// The partner of a leg that hung up: parked (still up, its far end hangs up CallDurationMs later) when its bridge
    /// said park_after_unbridge "self"; else hung up by Telnyx, i.e. by our side (caller on an outbound leg, callee on an inbound one).
    /// </summary>
    private async Task EndBridgeAsync(IServiceProvider services, SandboxDbContext db, SandboxCall partner, CancellationToken ct)
    {
        if (partner.State == "hangup") return;
        if (partner.ParkAfterUnbridge == "self")
        {
            partner.BridgedWith = null;
            var armFarEnd = PrepareFarEndHangup(partner);
            await db.SaveChangesAsync(ct);
            armFarEnd();
            return;
        }
        await HangUpAsync(services, db, partner, "normal_clearing", partner.Direction == "outgoing" ? "caller" : "callee", "200", ct);
    }

    /// <summary>Ends the call once: false when someone else (the far end, the app) already hung it up.</summary>
    public async Task<bool> HangUpAsync(IServiceProvider services, SandboxDbContext db, SandboxCall call, string cause, string source, string sipCause, CancellationToken ct)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var claimed = await db.Calls.Where(c => c.CallControlId == call.CallControlId && c.State != "hangup")
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.State, "hangup"), ct);
        if (claimed == 0) return false;
        call.State = "hangup";
        call.EndedAt = now;
        call.HangupCause = cause;
        call.HangupSource = source;
        call.SipHangupCause = sipCause;
        call.Cost = call.BilledSeconds / 60 * options.Value.CallRatePerMinute;
        var recordings = await db.Recordings.Where(r => r.CallControlId == call.CallControlId && r.EndedAt == null).ToListAsync(ct);
        foreach (var recording in recordings) recording.EndedAt = now;
        await db.SaveChangesAsync(ct);

        // Music still looping stops with the call, and says so first.
        if (call.LoopingPlayback is { } playing)
            await PublishAsync(services, call, "call.playback.ended", CallPayload.For(call, new { media_url = playing, overlay = false, status = "call_hangup" }));
        await PublishAsync(services, call, "call.hangup", CallPayload.For(call, new
        {
            hangup_cause = cause,
            hangup_source = source,
            sip_hangup_cause = sipCause,
            call_quality_stats = call.AnsweredAt is null ? null : new
            {
                inbound = new { mos = "4.50", jitter_max_variance = "0.00", jitter_packet_count = "0", packet_count = "1000", skip_packet_count = "0" },
                outbound = new { packet_count = "1000", skip_packet_count = "0" },
            },
        }));
        foreach (var recording in recordings) await PublishRecordingSavedAsync(services, call, recording, AfterHangup);
        await PublishAsync(services, call, "call.cost", CallPayload.For(call, new
        {
            total_cost = SandboxJson.Money(call.Cost),
            currency = "USD",
            billed_duration_secs = call.BilledSeconds,
            status = "success",
            cost_parts = new[] { new { call_part = "call-control", billed_duration_secs = call.BilledSeconds, cost = SandboxJson.Money(call.Cost), rate = SandboxJson.Money(options.Value.CallRatePerMinute), currency = "USD" } },
        }), AfterHangup * 2);

        // Read from the store, not the entity: a bridge made in another scope since this one was loaded counts.
        var partnerId = await db.Calls.AsNoTracking().Where(c => c.CallControlId == call.CallControlId).Select(c => c.BridgedWith).SingleAsync(ct);
        if (partnerId is not null && await db.Calls.SingleOrDefaultAsync(c => c.CallControlId == partnerId && c.BridgedWith == call.CallControlId, ct) is { } partner)
            await EndBridgeAsync(services, db, partner, ct);
        return true;
    }

    public static async Task PublishRecordingSavedAsync(IServiceProvider services, SandboxCall call, SandboxRecording recording, TimeSpan delay = default)
    {
        var url = RecordingEndpoint.UrlFor(services.GetRequiredService<ISandboxHost>().PublicBaseUrl, recording.Id);
        await PublishAsync(services, call, "call.recording.saved", CallPayload.For(call, new
        {
            recording_id = recording.Id.ToString(),
            channels = recording.Channels,
            recording_started_at = SandboxJson.Time(recording.StartedAt),
            recording_ended_at = SandboxJson.Time(recording.EndedAt),
            // The sandbox records WAV only; mp3 stays null so nobody fetches audio in the wrong format.
            recording_urls = new { mp3 = (string?)null, wav = url },
            public_recording_urls = new { mp3 = (string?)null, wav = url },
        }), delay);
        if (!recording.Transcribe) return;

        // Telnyx's payload (SPEC callRecordingTranscriptionSaved) carries the ids and the text, not from/to/state.
        var text = await RecordingTranscript.ForAsync(services.GetRequiredService<SandboxDbContext>(), call, recording);
        await PublishAsync(services, call, "call.recording.transcription.saved", new
        {
            call_control_id = call.CallControlId,
            call_leg_id = call.CallLegId.ToString(),
            call_session_id = call.CallSessionId.ToString(),
            connection_id = call.ConnectionId,
            client_state = call.ClientState,
            calling_party_type = "pstn",
            recording_id = recording.Id.ToString(),
            recording_transcription_id = Guid.NewGuid().ToString(),
            status = "completed",
            transcription_text = text,
        }, delay + TranscriptionTakes);
    }

    private static readonly TimeSpan TranscriptionTakes = TimeSpan.FromMilliseconds(300);

    public static async Task PublishAsync(IServiceProvider services, SandboxCall call, string eventType, object payload, TimeSpan delay = default)
    {
        var destination = services.GetRequiredService<WebhookDestination>();
        var applicationUrl = await services.GetRequiredService<SandboxDbContext>().CallControlApplications
            .Where(a => a.Id == call.ConnectionId).Select(a => a.WebhookEventUrl).FirstOrDefaultAsync();
        services.GetRequiredService<WebhookPublisher>().Publish(eventType, payload, destination.For(call.WebhookUrl, applicationUrl), delay);
    }

    private async Task FarEndRespondsAsync(IServiceProvider services, string callControlId, CancellationToken ct)
    {
        var db = services.GetRequiredService<SandboxDbContext>();
        var call = await db.Calls.SingleAsync(c => c.CallControlId == callControlId, ct);
        if (call.State != "bridging") return; // Hung up before the far end answered.
        switch (CallRules.Decide(call.To))
        {
            case CallRules.Outcome.Busy:
                await HangUpAsync(services, db, call, "user_busy", "callee", "486", ct);
                break;
            case CallRules.Outcome.NoAnswer:
                await HangUpAsync(services, db, call, "timeout", "callee", "480", ct);
                break;
            default:
                await AnswerAsync(services, db, call, ct);
                break;
        }
    }
}
