using System.Net;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>
/// The send behind a reply in a conversation and the keyword answers (HELP, the opt-out confirmation): records the
/// message and its thread before calling Telnyx, then stores Telnyx's answer. Like <see cref="SendSingleText"/>, only a
/// refusal (4xx) or a request that never left is "surely unsent"; anything else stays "sending" and is never resent
/// blindly. The caller has checked consent and the sender; this only sends.
/// </summary>
public sealed class SendRecordedText(
    CrmDbContext db, TelnyxClient telnyx, ITelnyxConnectionSource connection, ILiveNotifier live, TimeProvider time, ILogger<SendRecordedText> logger)
{
    /// <param name="sendKey">One-time key: a second call with it returns the first message instead of texting again.</param>
    /// <param name="mediaUrls">Pictures or files that make it an MMS; the caller has checked them (<see cref="MediaAttachments.Problem"/>).</param>
    /// <returns>The message (new, or the one <paramref name="sendKey"/> already sent) and why it failed or may not have gone, if so.</returns>
    public async Task<(Message Message, string? Error)> SendAsync(string from, string to, string text, string? sendKey, long? contactId = null,
        IReadOnlyList<string>? mediaUrls = null, CancellationToken cancellationToken = default)
    {
        if (sendKey is not null && await db.Messages.SingleOrDefaultAsync(m => m.SendKey == sendKey, cancellationToken) is { } already)
            return (already, already.ErrorDetail);

        var message = new Message
        {
            SendKey = sendKey,
            Direction = MessageDirection.Outbound,
            From = from,
            To = to,
            Text = text,
            MediaUrls = mediaUrls is { Count: > 0 } ? [.. mediaUrls] : null,
            ContactId = contactId,
            Status = MessageStatuses.Sending,
            CreatedAt = time.GetUtcNow(),
        };
        db.Messages.Add(message);
        var thread = await ConversationThreads.NoteAsync(db, message, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (sendKey is not null)
        {
            // The same send ran twice at once: the other owns it.
            db.ChangeTracker.Clear();
            return (await db.Messages.SingleAsync(m => m.SendKey == sendKey, cancellationToken), null);
        }
        await live.PublishConversationAsync(thread, newInbound: false, cancellationToken);

        try
        {
            var sent = await telnyx.SendMessageAsync(
                new SendMessageRequest(from, to, text)
                {
                    MessagingProfileId = string.IsNullOrWhiteSpace(connection.Current.MessagingProfileId) ? null : connection.Current.MessagingProfileId,
                    MediaUrls = message.MediaUrls,
                    Type = message.MediaUrls is null ? null : "MMS",
                },
                cancellationToken);
            message.TelnyxMessageId = sent.Id;
            message.Parts = sent.Parts;
            message.Encoding = sent.Encoding;
            if (sent.RecipientStatus is { } status && MessageStatusRank.MovesForward(message.Status, status)) message.Status = status;
        }
        catch (TelnyxException ex)
        {
            logger.LogWarning(ex, "Sending a text to {To} failed", to);
            var surelyUnsent = ex is TelnyxApiException { StatusCode: >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError }
                || ex is TelnyxUnreachableException { MayHaveBeenApplied: false };
            message.Status = surelyUnsent ? MessageStatuses.SendingFailed : MessageStatuses.Sending;
            message.ErrorCode = (ex as TelnyxApiException)?.Codes.FirstOrDefault();
            message.ErrorDetail = surelyUnsent ? ex.UserMessage : $"It is not known whether Telnyx sent this message ({ex.UserMessage}). Check before sending it again.";
        }
        message.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
        await live.PublishMessageAsync(message, CancellationToken.None);
        return (message, message.ErrorDetail);
    }
}
