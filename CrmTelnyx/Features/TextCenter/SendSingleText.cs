using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>
/// Sends one text typed on the Text Center: checks who sends, the number, the sender and the suppression list, then
/// hands it to <see cref="SendRecordedText"/>, which records it before calling Telnyx. Webhooks move it forward from there.
/// </summary>
public sealed class SendSingleText(CrmDbContext db, SendRecordedText recorded, SendingNumbers senders, IAuthorizationService authorization)
{
    public const int MaxLength = 1600;

    public sealed record Result(Message? Message, string? Error);

    public const string NotForAgents = "Texting a number typed in by hand is for admins, managers and staff; agents text in conversations with contacts.";

    /// <param name="sender">Who sends: the page hides the form from Agents, and this refuses them whatever calls it.</param>
    /// <param name="sendKey">The form's one-time key: a second request with it returns the first message instead of sending again.</param>
    /// <param name="mediaUrls">Pictures or files (https URLs) that make it an MMS.</param>
    public async Task<Result> SendAsync(
        ClaimsPrincipal sender, string from, string to, string text, string? sendKey = null, IReadOnlyList<string>? mediaUrls = null,
        CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(sender, AppPolicies.TextAnyNumber)).Succeeded) return new(null, NotForAgents);
        if (sendKey is not null && await db.Set<Message>().SingleOrDefaultAsync(m => m.SendKey == sendKey, cancellationToken) is { } already)
            return new(already, already.Status == MessageStatuses.SendingFailed ? already.ErrorDetail : null);

        var recipient = PhoneNumberNormalizer.Normalize(to);
        if (!recipient.IsValid) return new(null, $"To: {recipient.Error}");
        if (string.IsNullOrWhiteSpace(from)) return new(null, "Choose the number to send from.");
        // A page opened before a number was released (or a crafted request) must not send from it.
        if (await NotASenderAsync(from, cancellationToken) is { } notASender) return new(null, notASender);
        var media = mediaUrls?.Select(u => u?.Trim() ?? "").ToList();
        if (string.IsNullOrWhiteSpace(text) && media is not { Count: > 0 }) return new(null, "Write the message.");
        if (MediaAttachments.Problem(media) is { } mediaProblem) return new(null, mediaProblem);
        if (text.Length > MaxLength) return new(null, $"The message is {text.Length} characters; at most {MaxLength} can be sent.");
        if (await ConsentRecorder.IsOptedOutAsync(db, recipient.E164!, cancellationToken))
            return new(null, $"{PhoneNumberNormalizer.Format(recipient.E164!)} has opted out of texts (replied STOP), so it cannot be texted.");

        // Recorded (with the person's thread) before Telnyx is called; only a refusal counts as surely unsent.
        var (message, error) = await recorded.SendAsync(from, recipient.E164!, text, sendKey, contactId: null, media, cancellationToken);
        return new(message, error);
    }

    private async Task<string?> NotASenderAsync(string from, CancellationToken cancellationToken)
    {
        try
        {
            return await senders.IsSenderAsync(from, cancellationToken) ? null
                : $"{PhoneNumberNormalizer.Format(from)} is not one of the company's texting numbers now (released, or not registered where carriers ask: a 10DLC campaign, toll-free verification); choose another.";
        }
        catch (TelnyxException e)
        {
            return e.Message;
        }
    }

}
