using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>message.sent and message.finalized move an outbound message forward and record its cost.</summary>
public sealed class ApplyMessageStatusEvent(
    CrmDbContext db, ILiveNotifier live, BlastActivity blastActivity, AfterWebhookCommit afterCommit, TimeProvider time, ILogger<ApplyMessageStatusEvent> logger) : IWebhookEventHandler
{
    /// <summary>How long an event for an unknown message id waits for the sender to record that id.</summary>
    public static readonly TimeSpan WaitForSender = TimeSpan.FromMinutes(2);

    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.MessageSent, TelnyxEventTypes.MessageFinalized];

    public bool OnlyWritesTheDatabase => true;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<TelnyxMessage>();
        var message = await db.Set<Message>().SingleOrDefaultAsync(m => m.TelnyxMessageId == payload.Id, cancellationToken);
        var claimed = message is null && (message = await UnconfirmedSendAsync(payload, cancellationToken)) is not null;
        if (message is null)
        {
            // The sender records Telnyx's id right after the send and an event can beat it: retry while the event is young.
            // An older one is for a message sent outside this app (another tool on the same profile): nothing to update.
            var age = time.GetUtcNow() - occurredAt;
            if (age < WaitForSender) throw new InvalidOperationException($"No message has Telnyx id {payload.Id} (yet).");
            logger.LogInformation("{EventType} for message {TelnyxMessageId}, which this app did not send: ignored", webhookEvent.EventType, payload.Id);
            return;
        }

        if (!MessageStatusUpdate.Apply(message, payload, webhookEvent.EventType, time.GetUtcNow()) && !claimed) return;
        await db.SaveChangesAsync(cancellationToken);
        // A blast's rows are told to its page coalesced (BlastProgressBroadcaster), not one push per delivery: at a
        // thousand deliveries a second a push each would flood every open Text Center page.
        if (message.BlastId is { } blastId) afterCommit.Add(_ => { blastActivity.Changed(blastId); return Task.CompletedTask; });
        else afterCommit.Add(ct => live.PublishMessageAsync(message, ct));
    }

    /// <summary>
    /// A send whose answer never came back (a timeout, a 5xx) has no Telnyx id and a "not known whether sent" note.
    /// Telnyx's own events for the same from, to and text say it did go out: the oldest such message takes the id.
    /// A send still waiting for its answer has no note yet, so it is left to record the id itself. A blast row marked
    /// unknown after a stop is matched the same way.
    /// </summary>
    private async Task<Message?> UnconfirmedSendAsync(TelnyxMessage payload, CancellationToken cancellationToken)
    {
        var (from, to) = (payload.From?.PhoneNumber, payload.To.FirstOrDefault()?.PhoneNumber);
        if (from is null || to is null || payload.Direction is "inbound") return null;
        var message = await db.Set<Message>()
            .Where(m => m.Direction == MessageDirection.Outbound && m.TelnyxMessageId == null && m.From == from && m.To == to
                && ((m.Status == MessageStatuses.Sending && m.ErrorDetail != null && m.Text == payload.Text)
                    // A blast row left "unknown" by a stop: one row per number per blast, so from and to find it.
                    || (m.Status == MessageStatuses.Unknown && m.BlastId != null)))
            .OrderBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (message is null) return null;
        logger.LogInformation("Message {Id} to {To}, whose send had no answer, was sent after all: Telnyx id {TelnyxMessageId}", message.Id, to, payload.Id);
        message.TelnyxMessageId = payload.Id;
        message.ErrorDetail = null;
        return message;
    }
}
