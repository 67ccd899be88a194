using CrmTelnyx.Data;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>message.sent and message.finalized move an outbound message forward and record its cost.</summary>
public sealed class ApplyMessageStatusEvent(CrmDbContext db, ILiveNotifier live, TimeProvider time) : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.MessageSent, TelnyxEventTypes.MessageFinalized];

    public async Task HandleAsync(TelnyxEventData webhookEvent, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<TelnyxMessage>();
        // The sender records Telnyx's id right after the send; an event can beat it, so failing here means "retry shortly".
        var message = await db.Set<Message>().SingleOrDefaultAsync(m => m.TelnyxMessageId == payload.Id, cancellationToken)
            ?? throw new InvalidOperationException($"No message has Telnyx id {payload.Id} (yet).");

        if (!MessageStatusUpdate.Apply(message, payload, webhookEvent.EventType, time.GetUtcNow())) return;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(MessageLiveEvents.Topic, MessageLiveEvents.StatusChanged, MessageLiveEvents.Describe(message), cancellationToken);
    }
}
