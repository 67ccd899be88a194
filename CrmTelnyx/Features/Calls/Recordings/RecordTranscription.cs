using CrmTelnyx.Data;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Recordings;

/// <summary>
/// call.recording.transcription.saved: the recording's transcript, shown beside its player. It can overtake
/// call.recording.saved, so a recording not known yet throws and the event is retried.
/// </summary>
public sealed class RecordTranscription(CrmDbContext db, ILiveNotifier live, AfterWebhookCommit afterCommit, ILogger<RecordTranscription> logger)
    : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.CallRecordingTranscriptionSaved];

    public bool OnlyWritesTheDatabase => true;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<CallEventPayload>();
        if (string.IsNullOrEmpty(payload.RecordingId) || payload.TranscriptionText is null)
        {
            logger.LogInformation("{EventType} {EventId} names no recording or text: ignored", webhookEvent.EventType, webhookEvent.Id);
            return;
        }
        var recording = await db.CallRecordings.Include(r => r.Call).SingleOrDefaultAsync(r => r.TelnyxRecordingId == payload.RecordingId, cancellationToken)
            ?? throw new InvalidOperationException(
                $"The transcript of recording {payload.RecordingId} came before the recording; it is tried again once call.recording.saved has arrived.");
        if (recording.Transcript == payload.TranscriptionText) return;

        recording.Transcript = payload.TranscriptionText;
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Add(ct => live.PublishCallAsync(recording.Call!, ct));
    }
}
