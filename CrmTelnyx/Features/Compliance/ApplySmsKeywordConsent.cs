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
public sealed class ApplySmsKeywordConsent(CrmDbContext db, ILogger<ApplySmsKeywordConsent> logger) : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.MessageReceived];

    /// <summary>First of the inbound-text handlers and saved on its own, so a failure in another cannot hold back an opt-out.</summary>
    public int Order => -100;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<TelnyxMessage>();
        var keyword = SmsKeywords.Classify(payload.Text);
        var phone = payload.From?.PhoneNumber;
        if (keyword is not (SmsKeyword.OptOut or SmsKeyword.OptIn) || string.IsNullOrEmpty(phone)) return;

        var wanted = keyword == SmsKeyword.OptOut ? ConsentStatus.OptedOut : ConsentStatus.OptedIn;
        var now = occurredAt.UtcDateTime;
        var detail = $"Texted {payload.Text?.Trim().ToUpperInvariant()} to {payload.To.FirstOrDefault()?.PhoneNumber}";
        var contact = await db.Contacts.Include(c => c.ConsentHistory).SingleOrDefaultAsync(c => c.Phone == phone && c.DeletedAt == null, cancellationToken);
        var optOut = await db.PhoneOptOuts.FindAsync([phone], cancellationToken);

        // Events arrive late and out of order (and "process again" replays old ones). A STOP always counts: texting less
        // is the safe mistake. A START counts only if it is newer than the last consent change, so a delayed START
        // never undoes a later STOP.
        var lastChange = new[] { optOut?.At, contact?.ConsentHistory.Select(e => (DateTime?)e.At).Max() }.Max();
        if (wanted == ConsentStatus.OptedIn && lastChange is { } last && now <= last)
        {
            logger.LogInformation("{Keyword} from {Phone} at {At} is older than the last consent change ({Last}): ignored", keyword, phone, now, last);
            return;
        }

        if (contact is not null && contact.Consent != wanted)
            await ConsentRecorder.SetAsync(db, contact, wanted, ConsentSource.SmsKeyword, detail, "SMS", now, cancellationToken);
        // No contact, or one already opted out (e.g. after a number change): the number itself must still follow the keyword.
        else if (contact is null || wanted == ConsentStatus.OptedOut)
            await ConsentRecorder.SetNumberAsync(db, phone, wanted, ConsentSource.SmsKeyword, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Phone} texted {Keyword}: consent is now {Consent}", phone, keyword, wanted);
    }
}
