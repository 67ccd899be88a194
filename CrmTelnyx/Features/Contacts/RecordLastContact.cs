using CrmTelnyx.Data;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// Keeps each contact's "last contact" current from message events: a text received from them, or one to them
/// that finished. Only ever moves the date forward, so late or repeated events change nothing.
/// </summary>
public sealed class RecordLastContact(CrmDbContext db) : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.MessageReceived, TelnyxEventTypes.MessageFinalized];

    public bool OnlyWritesTheDatabase => true;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<TelnyxMessage>();
        var phone = webhookEvent.EventType == TelnyxEventTypes.MessageReceived ? payload.From?.PhoneNumber : payload.To.FirstOrDefault()?.PhoneNumber;
        if (string.IsNullOrEmpty(phone)) return;
        var at = occurredAt.UtcDateTime;
        // The version stays: no form holds this date, so no one's edit can overwrite it (see IVersioned).
        await db.Contacts
            .Where(c => c.Phone == phone && c.DeletedAt == null && (c.LastContactAt == null || c.LastContactAt < at))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastContactAt, at), cancellationToken);
    }
}
