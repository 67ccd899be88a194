using CrmTelnyx.Data;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>
/// Hold as Telnyx reports it: call.playback.started of a hold's music puts the call on hold, its call.playback.ended
/// (Resume, or the call ending) takes it off and adds the time to <see cref="Call.HeldSeconds"/>. Each hold is named
/// by its step, so a repeated event, or a start that arrives after its end, changes nothing.
/// </summary>
public sealed class RecordCallHold(CrmDbContext db, ILiveNotifier live, AfterWebhookCommit afterCommit) : IWebhookEventHandler
{
    public const string MusicNotPlayed =
        "Telnyx could not play the hold music, so the contact was not put on hold: it fetches the music from App:PublicBaseUrl, which must be reachable from the internet.";

    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.CallPlaybackStarted, TelnyxEventTypes.CallPlaybackEnded];

    public bool OnlyWritesTheDatabase => true;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<CallEventPayload>();
        var tag = CallClientState.Read(payload.ClientState);
        if (tag is null || !HoldCall.IsHoldStep(tag.Step)) return;
        var call = await db.Calls.SingleOrDefaultAsync(c => c.Id == tag.CallId, cancellationToken);
        if (call is null) return;

        var at = occurredAt.UtcDateTime;
        if (webhookEvent.EventType == TelnyxEventTypes.CallPlaybackStarted)
        {
            // Already on this hold, this hold already over, or the call over: nothing to start.
            if (call.HoldStep == tag.Step || call.Status == CallStatus.Ended) return;
            (call.HeldSince, call.HoldStep) = (at, tag.Step);
        }
        else if (call.HoldStep == tag.Step && call.HeldSince is { } since)
        {
            call.HeldSeconds += (int)Math.Max(0, Math.Round((at - since).TotalSeconds));
            call.HeldSince = null;
        }
        else if (call.HoldStep != tag.Step)
        {
            // The end came before the start (or the music never started): remembered, so a late start changes nothing.
            call.HoldStep = tag.Step;
            if (payload.Status is "file_not_found" or "failed") call.Error ??= MusicNotPlayed;
        }
        else return;

        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Add(ct => live.PublishCallAsync(call, ct));
    }
}
