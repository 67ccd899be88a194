using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance;

/// <summary>
/// An inbound STOP (or UNSUBSCRIBE, CANCEL …) puts the sender's number on the suppression list and opts its contact
/// out; START opts back in. Works for numbers that are not contacts yet, so a later import cannot text them.
/// </summary>
public sealed class ApplySmsKeywordConsent(CrmDbContext db, TimeProvider time, ILogger<ApplySmsKeywordConsent> logger) : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.MessageReceived];

    public async Task HandleAsync(TelnyxEventData webhookEvent, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<TelnyxMessage>();
        var keyword = SmsKeywords.Classify(payload.Text);
        var phone = payload.From?.PhoneNumber;
        if (keyword is not (SmsKeyword.OptOut or SmsKeyword.OptIn) || string.IsNullOrEmpty(phone)) return;

        var wanted = keyword == SmsKeyword.OptOut ? ConsentStatus.OptedOut : ConsentStatus.OptedIn;
        var now = (webhookEvent.OccurredAt ?? time.GetUtcNow()).UtcDateTime;
        var detail = $"Texted {payload.Text?.Trim().ToUpperInvariant()} to {payload.To.FirstOrDefault()?.PhoneNumber}";
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Phone == phone && c.DeletedAt == null, cancellationToken);

        if (contact is not null)
        {
            // Delivered twice or replayed: the consent is already what the keyword asked for.
            if (contact.Consent == wanted) return;
            await ConsentRecorder.SetAsync(db, contact, wanted, ConsentSource.SmsKeyword, detail, "SMS", now, cancellationToken);
        }
        else if (wanted == ConsentStatus.OptedOut && !await ConsentRecorder.IsOptedOutAsync(db, phone, cancellationToken))
        {
            db.PhoneOptOuts.Add(new PhoneOptOut { Phone = phone, At = now, Source = nameof(ConsentSource.SmsKeyword) });
        }
        else if (wanted == ConsentStatus.OptedIn)
        {
            await db.PhoneOptOuts.Where(o => o.Phone == phone).ExecuteDeleteAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Phone} texted {Keyword}: consent is now {Consent}", phone, keyword, wanted);
    }
}
