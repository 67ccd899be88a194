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
        await db.SaveChangesAsync(ct);
        await PublishAsync(services, call, "call.answered", CallPayload.For(call));

        if (call.Direction == "outgoing" && call.AnsweringMachineDetection is not ("disabled" or ""))
        {
            var machine = CallRules.IsMachine(call.To);
            var premium = call.AnsweringMachineDetection == "premium";
            await PublishAsync(services, call, premium ? "call.machine.premium.detection.ended" : "call.machine.detection.ended",
                CallPayload.For(call, new { result = machine ? "machine" : premium ? "human_residence" : "human" }), TimeSpan.FromMilliseconds(50));
        }

        var answeredAt = call.AnsweredAt;
        scheduler.Schedule(TimeSpan.FromMilliseconds(runtime.CallDurationMs), "far end hangs up", async (later, laterCt) =>
        {
            var laterDb = later.GetRequiredService<SandboxDbContext>();
            var current = await laterDb.Calls.SingleAsync(c => c.CallControlId == call.CallControlId, laterCt);
            if (current.State != "answered" || current.AnsweredAt != answeredAt) return;
            await HangUpAsync(later, laterDb, current, "normal_clearing", current.Direction == "outgoing" ? "callee" : "caller", "200", laterCt);
        });
        return true;
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
    }

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
