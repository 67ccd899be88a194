using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Identity;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>
/// Answers a thread from the company number the person last texted with. Every Text Center role may reply (agents
/// included: they text contacts here, not numbers typed in); never to a number that opted out.
/// </summary>
public sealed class ReplyInConversation(CrmDbContext db, SendRecordedText sender, SendingNumbers senders, IAuthorizationService authorization)
{
    public sealed record Result(Message? Message, string? Error);

    public const string NotForYou = "Only Text Center users can reply to conversations.";

    /// <summary>Why the person cannot be texted (shown by the disabled reply box), or null.</summary>
    public static string OptedOutReason(string phone) =>
        $"{PhoneNumberNormalizer.Format(phone)} opted out of texts, so replies are off. They can text START to opt back in.";

    /// <param name="sendKey">The reply box's one-time key: a double click sends once.</param>
    public async Task<Result> ReplyAsync(ClaimsPrincipal user, long conversationId, string text, string? sendKey = null, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.TextCenter)).Succeeded) return new(null, NotForYou);
        if (string.IsNullOrWhiteSpace(text)) return new(null, "Write the reply.");
        if (text.Length > SendSingleText.MaxLength) return new(null, $"The reply is {text.Length} characters; at most {SendSingleText.MaxLength} can be sent.");
        var thread = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (thread is null) return new(null, "This conversation no longer exists.");
        if (await ConsentRecorder.IsOptedOutAsync(db, thread.Phone, cancellationToken)) return new(null, OptedOutReason(thread.Phone));
        try
        {
            if (!await senders.IsSenderAsync(thread.CompanyNumber, cancellationToken))
                return new(null, $"{PhoneNumberNormalizer.Format(thread.CompanyNumber)}, the number this person texts with, is not one of the company's texting numbers now (released, or not registered where carriers ask: a 10DLC campaign, toll-free verification).");
        }
        catch (TelnyxException e)
        {
            return new(null, e.Message);
        }

        var (message, error) = await sender.SendAsync(thread.CompanyNumber, thread.Phone, text.Trim(), sendKey, thread.ContactId, cancellationToken: cancellationToken);
        return new(message, error);
    }
}
