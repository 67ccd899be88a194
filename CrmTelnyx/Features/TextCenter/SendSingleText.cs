using System.Net;
using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Live;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>
/// Sends one text: refuses numbers on the suppression list, records the message before calling Telnyx (so a reply
/// or status can always be matched), then stores Telnyx's id. Webhooks move it forward from there.
/// </summary>
public sealed class SendSingleText(
    CrmDbContext db, TelnyxClient telnyx, ITelnyxConnectionSource connection, SendingNumbers senders, ILiveNotifier live, TimeProvider time,
    IAuthorizationService authorization, ILogger<SendSingleText> logger)
{
    public const int MaxLength = 1600;

    public sealed record Result(Message? Message, string? Error);

    public const string NotForAgents = "Texting a number typed in by hand is for admins, managers and staff; agents text in conversations with contacts.";

    /// <param name="sender">Who sends: the page hides the form from Agents, and this refuses them whatever calls it.</param>
    /// <param name="sendKey">The form's one-time key: a second request with it returns the first message instead of sending again.</param>
    public async Task<Result> SendAsync(
        ClaimsPrincipal sender, string from, string to, string text, string? sendKey = null, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(sender, AppPolicies.TextAnyNumber)).Succeeded) return new(null, NotForAgents);
        if (sendKey is not null && await db.Set<Message>().SingleOrDefaultAsync(m => m.SendKey == sendKey, cancellationToken) is { } already)
            return new(already, already.Status == MessageStatuses.SendingFailed ? already.ErrorDetail : null);

        var recipient = PhoneNumberNormalizer.Normalize(to);
        if (!recipient.IsValid) return new(null, $"To: {recipient.Error}");
        if (string.IsNullOrWhiteSpace(from)) return new(null, "Choose the number to send from.");
        // A page opened before a number was released (or a crafted request) must not send from it.
        if (await NotASenderAsync(from, cancellationToken) is { } notASender) return new(null, notASender);
        if (string.IsNullOrWhiteSpace(text)) return new(null, "Write the message.");
        if (text.Length > MaxLength) return new(null, $"The message is {text.Length} characters; at most {MaxLength} can be sent.");
        if (await ConsentRecorder.IsOptedOutAsync(db, recipient.E164!, cancellationToken))
            return new(null, $"{PhoneNumberNormalizer.Format(recipient.E164!)} has opted out of texts (replied STOP), so it cannot be texted.");

        var message = new Message
        {
            SendKey = sendKey,
            Direction = MessageDirection.Outbound,
            From = from,
            To = recipient.E164!,
            Text = text,
            Status = MessageStatuses.Sending,
            CreatedAt = time.GetUtcNow(),
        };
        db.Add(message);
        // The person's thread in Conversations shows the text and replies go from the same number.
        var thread = await ConversationThreads.NoteAsync(db, message, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await live.PublishConversationAsync(thread, newInbound: false, cancellationToken);
        }
        catch (DbUpdateException) when (sendKey is not null)
        {
            // The same form was submitted twice at once: the other request owns the send.
            db.ChangeTracker.Clear();
            return new(await db.Set<Message>().SingleAsync(m => m.SendKey == sendKey, cancellationToken), null);
        }

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
            await live.PublishMessageAsync(message, cancellationToken);
            return new(message, null);
        }
        catch (TelnyxException ex)
        {
            logger.LogWarning(ex, "Sending a text to {To} failed", recipient.E164);
            // Only a refusal (4xx) or a request that never reached Telnyx is surely unsent. A 5xx, an unreadable answer or a
            // timeout may hide a message that went out: it stays "sending" so nobody resends it blindly.
            var surelyUnsent = ex is TelnyxApiException { StatusCode: >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError }
                || ex is TelnyxUnreachableException { MayHaveBeenApplied: false };
            message.Status = surelyUnsent ? MessageStatuses.SendingFailed : MessageStatuses.Sending;
            message.ErrorCode = (ex as TelnyxApiException)?.Codes.FirstOrDefault();
            message.ErrorDetail = surelyUnsent ? ex.UserMessage : $"It is not known whether Telnyx sent this message ({ex.UserMessage}). Check before sending it again.";
            message.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(CancellationToken.None);
            return new(message, message.ErrorDetail);
        }
    }

    private async Task<string?> NotASenderAsync(string from, CancellationToken cancellationToken)
    {
        try
        {
            return await senders.IsSenderAsync(from, cancellationToken) ? null
                : $"{PhoneNumberNormalizer.Format(from)} is not one of the company's texting numbers now (it may have been released); choose another.";
        }
        catch (TelnyxException e)
        {
            return e.Message;
        }
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
