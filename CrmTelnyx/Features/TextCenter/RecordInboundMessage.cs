using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>message.received becomes an inbound message, once per Telnyx message id, and opens (or reopens) its conversation.</summary>
public sealed class RecordInboundMessage(CrmDbContext db, ILiveNotifier live) : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.MessageReceived];

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<TelnyxMessage>();
        var messages = db.Set<Message>();
        if (await messages.AnyAsync(m => m.TelnyxMessageId == payload.Id, cancellationToken)) return;

        var message = new Message
        {
            TelnyxMessageId = payload.Id,
            Direction = MessageDirection.Inbound,
            From = payload.From?.PhoneNumber ?? "",
            To = payload.To.FirstOrDefault()?.PhoneNumber ?? "",
            Text = payload.Text,
            // An MMS's pictures or files stay with Telnyx (their links expire after 30 days); the row keeps the links.
            MediaUrls = payload.Media.Select(m => m.Url).OfType<string>().Where(u => u.Length > 0).ToArray() is { Length: > 0 } media ? media : null,
            Status = MessageStatuses.Received,
            Parts = payload.Parts,
            Encoding = payload.Encoding,
            CostAmount = payload.Cost?.Amount,
            CostCurrency = payload.Cost?.Currency,
            CreatedAt = payload.ReceivedAt ?? occurredAt,
            CompletedAt = payload.ReceivedAt ?? occurredAt,
        };
        messages.Add(message);
        var thread = await ConversationThreads.NoteAsync(db, message, cancellationToken);
        message.ContactId = thread.ContactId;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishMessageAsync(message, cancellationToken);
        await live.PublishConversationAsync(thread, newInbound: true, cancellationToken);
    }
}
