using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Live;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>
/// Sends one text: refuses numbers on the suppression list, records the message before calling Telnyx (so a reply
/// or status can always be matched), then stores Telnyx's id. Webhooks move it forward from there.
/// </summary>
public sealed class SendSingleText(
    CrmDbContext db, TelnyxClient telnyx, ITelnyxConnectionSource connection, ILiveNotifier live, TimeProvider time, ILogger<SendSingleText> logger)
{
    public const int MaxLength = 1600;

    public sealed record Result(Message? Message, string? Error);

    public async Task<Result> SendAsync(string from, string to, string text, CancellationToken cancellationToken = default)
    {
        var recipient = PhoneNumberNormalizer.Normalize(to);
        if (!recipient.IsValid) return new(null, $"To: {recipient.Error}");
        if (string.IsNullOrWhiteSpace(from)) return new(null, "Choose the number to send from.");
        if (string.IsNullOrWhiteSpace(text)) return new(null, "Write the message.");
        if (text.Length > MaxLength) return new(null, $"The message is {text.Length} characters; at most {MaxLength} can be sent.");
        if (await ConsentRecorder.IsOptedOutAsync(db, recipient.E164!, cancellationToken))
            return new(null, $"{PhoneNumberNormalizer.Format(recipient.E164!)} has opted out of texts (replied STOP), so it cannot be texted.");

        var message = new Message
        {
            Direction = MessageDirection.Outbound,
            From = from,
            To = recipient.E164!,
            Text = text,
            Status = MessageStatuses.Sending,
            CreatedAt = time.GetUtcNow(),
        };
        db.Add(message);
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            var sent = await telnyx.SendMessageAsync(
                new SendMessageRequest(from, recipient.E164!, text) { MessagingProfileId = NullIfEmpty(connection.Current.MessagingProfileId) },
                cancellationToken);
            message.TelnyxMessageId = sent.Id;
            message.Parts = sent.Parts;
            message.Encoding = sent.Encoding;
            // A webhook may already have moved it further; only a status that ranks higher replaces "sending".
            if (sent.RecipientStatus is { } status && MessageStatusRank.MovesForward(message.Status, status)) message.Status = status;
            message.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await live.PublishAsync(MessageLiveEvents.Topic, MessageLiveEvents.StatusChanged, MessageLiveEvents.Describe(message), cancellationToken);
            return new(message, null);
        }
        catch (TelnyxException ex)
        {
            logger.LogWarning(ex, "Sending a text to {To} failed", recipient.E164);
            message.Status = ex is TelnyxApiException ? MessageStatuses.SendingFailed : MessageStatuses.Sending;
            message.ErrorCode = (ex as TelnyxApiException)?.Codes.FirstOrDefault();
            message.ErrorDetail = ex.UserMessage;
            message.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(CancellationToken.None);
            return new(message, ex.UserMessage);
        }
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
