using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance;

/// <summary>
/// An inbound STOP (or UNSUBSCRIBE, CANCEL …) puts the sender's number on the suppression list and opts its contact
/// out, and is confirmed once; START (or YES from an opted-out number) opts back in; HELP and INFO get the help text.
/// Works for numbers that are not contacts yet, so a later import cannot text them.
/// </summary>
public sealed class ApplySmsKeywordConsent(CrmDbContext db, SendRecordedText replies, ILogger<ApplySmsKeywordConsent> logger) : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.MessageReceived];

    /// <summary>First of the inbound-text handlers and saved on its own, so a failure in another cannot hold back an opt-out.</summary>
    public int Order => -100;

    private const string BlockedAfterStop = "40300";

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<TelnyxMessage>();
        var keyword = SmsKeywords.Classify(payload.Text);
        var phone = payload.From?.PhoneNumber;
        var ourNumber = payload.To.FirstOrDefault()?.PhoneNumber;
        if (keyword == SmsKeyword.None || string.IsNullOrEmpty(phone)) return;

        var optedOutBefore = await ConsentRecorder.IsOptedOutAsync(db, phone, cancellationToken);
        if (keyword == SmsKeyword.Help)
        {
            await ReplyAsync(payload, ourNumber, phone, settings => settings.HelpReply, confirmsOptOut: false, cancellationToken);
            return;
        }
        // "Yes" is an ordinary answer unless the number is opted out: then it is the reply to "Reply YES to resubscribe".
        if (keyword == SmsKeyword.Yes && !optedOutBefore) return;

        var wanted = keyword == SmsKeyword.OptOut ? ConsentStatus.OptedOut : ConsentStatus.OptedIn;
        var now = occurredAt.UtcDateTime;
        var detail = $"Texted {payload.Text?.Trim().ToUpperInvariant()} to {ourNumber}";
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

        // One confirmation per opt-out: none for a repeated STOP (or a replayed event), which finds the number opted out already.
        if (wanted == ConsentStatus.OptedOut && !optedOutBefore)
            await ReplyAsync(payload, ourNumber, phone, settings => settings.ProfileSendsOptOutConfirmation ? null : settings.OptOutConfirmation, confirmsOptOut: true, cancellationToken);
    }

    /// <summary>Answers the keyword from the number it was sent to, once per inbound text (its Telnyx id is the send key).</summary>
    private async Task ReplyAsync(TelnyxMessage inbound, string? ourNumber, string phone, Func<TextingSettings, string?> text, bool confirmsOptOut,
        CancellationToken cancellationToken)
    {
        var settings = await db.TextingSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == TextingSettings.SingletonId, cancellationToken) ?? new TextingSettings();
        var reply = text(settings);
        if (string.IsNullOrWhiteSpace(reply) || string.IsNullOrEmpty(ourNumber) || string.IsNullOrEmpty(inbound.Id)) return;
        var (message, error) = await replies.SendAsync(ourNumber, phone, reply, $"keyword:{inbound.Id}", cancellationToken: cancellationToken);
        if (error is null) return;
        if (confirmsOptOut && message.ErrorCode == BlockedAfterStop)
        {
            // Telnyx's own opt-out handling blocked the number and answers the STOP itself: say what to change, once.
            message.ErrorDetail = "Not sent: the messaging profile blocks texts after STOP and confirms opt-outs itself (Telnyx error 40300). "
                + "Turn on \"The Telnyx messaging profile confirms opt-outs itself\" in Settings → Texting.";
            await db.SaveChangesAsync(CancellationToken.None);
        }
        logger.LogWarning("The answer to {Phone}'s keyword (message {Id}) did not go: {Error}", phone, message.Id, message.ErrorDetail);
    }
}
