using CrmTelnyx.Data;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Recordings;

/// <summary>
/// call.recording.saved: one <see cref="CallRecording"/> row per Telnyx recording_id, pending until the
/// <see cref="RecordingDownloader"/> copies the file, which it is woken to do at once (the link lasts 10 minutes).
/// A recording of a call not known yet (its call.initiated still on the way) throws, so the event is retried.
/// </summary>
public sealed class RecordCallRecording(
    CrmDbContext db, ILiveNotifier live, AfterWebhookCommit afterCommit, RecordingDownloadSignal downloader, ILogger<RecordCallRecording> logger)
    : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.CallRecordingSaved];

    public bool OnlyWritesTheDatabase => true;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<CallEventPayload>();
        if (string.IsNullOrEmpty(payload.RecordingId))
        {
            logger.LogInformation("{EventType} {EventId} names no recording: ignored", webhookEvent.EventType, webhookEvent.Id);
            return;
        }
        if (await db.CallRecordings.AnyAsync(r => r.TelnyxRecordingId == payload.RecordingId, cancellationToken)) return;

        var call = await FindCallAsync(payload, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Recording {payload.RecordingId} is of a call not known yet (call_control_id {payload.CallControlId ?? "none"}, " +
                $"call_session_id {payload.CallSessionId ?? "none"}); it is tried again once the call's own events have arrived.");

        var (started, ended) = (payload.RecordingStartedAt?.UtcDateTime, payload.RecordingEndedAt?.UtcDateTime);
        db.CallRecordings.Add(new CallRecording
        {
            CallId = call.Id,
            TelnyxRecordingId = payload.RecordingId,
            StartedAt = started,
            EndedAt = ended,
            DurationSeconds = started is { } s && ended is { } e ? (int)Math.Round((e - s).TotalSeconds) : null,
            SourceUrl = NonEmpty(payload.RecordingUrls?.Mp3) ?? NonEmpty(payload.RecordingUrls?.Wav),
            Status = RecordingStatus.Pending,
            // What a caller recorded after the greeting (RouteInboundCall) is a voicemail, listed and counted as one.
            IsVoicemail = call.Direction == CallDirection.Inbound && call.Outcome == CallOutcome.Voicemail,
        });
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Add(ct =>
        {
            downloader.Wake();
            return live.PublishCallAsync(call, ct);
        });
    }

    private async Task<Call?> FindCallAsync(CallEventPayload payload, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(payload.CallControlId)
            && await db.CallLegs.Where(l => l.CallControlId == payload.CallControlId).Select(l => l.Call).SingleOrDefaultAsync(cancellationToken) is { } call)
            return call;
        // Telnyx's own payload names the session and leg, not the call_control_id.
        return string.IsNullOrEmpty(payload.CallSessionId)
            ? null
            : await db.Calls.Where(c => c.CallSessionId == payload.CallSessionId).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
