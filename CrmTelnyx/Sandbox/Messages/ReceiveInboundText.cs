using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Sandbox.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Messages;

/// <summary>
/// A simulated contact texts one of the account's numbers: message.received goes out, and STOP-type words block
/// further messages to that contact on the number's messaging profile (START/UNSTOP lift the block), as Telnyx does.
/// </summary>
public sealed class ReceiveInboundText(SandboxDbContext db, WebhookPublisher publisher, WebhookDestination destination, TimeProvider time)
{
    public static readonly string[] StopWords = ["STOP", "STOPALL", "STOP ALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"];
    public static readonly string[] StartWords = ["START", "UNSTOP"];

    public sealed record Result(bool Accepted, string Message);

    /// <param name="mediaUrls">Pictures or files the contact sends with it, making it an MMS.</param>
    public async Task<Result> ReceiveAsync(string from, string to, string text, string[]? mediaUrls = null, CancellationToken cancellationToken = default)
    {
        from = from.Trim();
        if (!E164.IsValid(from)) return new Result(false, $"'{from}' is not a +E.164 number.");
        var number = await db.PhoneNumbers.FirstOrDefaultAsync(n => n.PhoneNumber == to && n.Status == "active", cancellationToken);
        if (number is null) return new Result(false, $"{to} is not a number on the sandbox account.");
        mediaUrls ??= [];
        if (string.IsNullOrWhiteSpace(text) && mediaUrls.Length == 0) return new Result(false, "The text is empty.");
        if (mediaUrls.Length > MmsMedia.MaxUrls) return new Result(false, $"An MMS carries at most {MmsMedia.MaxUrls} pictures or files.");

        var now = time.GetUtcNow().UtcDateTime;
        var keyword = text.Trim().ToUpperInvariant();
        var profileId = number.MessagingProfileId ?? "";
        var note = "";
        if (StopWords.Contains(keyword))
        {
            if (!await db.OptOuts.AnyAsync(o => o.MessagingProfileId == profileId && o.PhoneNumber == from, cancellationToken))
                db.OptOuts.Add(new SandboxOptOut { MessagingProfileId = profileId, PhoneNumber = from, CreatedAt = now });
            note = $" {from} is now blocked (40300) on this messaging profile.";
        }
        else if (StartWords.Contains(keyword))
        {
            await db.OptOuts.Where(o => o.MessagingProfileId == profileId && o.PhoneNumber == from).ExecuteDeleteAsync(cancellationToken);
            note = $" {from} may be texted again.";
        }

        var segments = SegmentCounter.Count(text);
        var message = new SandboxMessage
        {
            Id = Guid.NewGuid(), Direction = "inbound", From = from, To = to, Text = text, MediaUrls = mediaUrls, Encoding = segments.Encoding,
            Parts = segments.Parts, NumChars = segments.NumChars, Status = "webhook_delivered", MessagingProfileId = number.MessagingProfileId,
            ReceivedAt = now,
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);

        var profileUrl = await db.MessagingProfiles.Where(p => p.Id == profileId).Select(p => p.WebhookUrl).FirstOrDefaultAsync(cancellationToken);
        publisher.Publish("message.received", MessageResource.From(message), destination.For(profileUrl));
        var files = mediaUrls.Length == 1 ? "1 media file" : $"{mediaUrls.Length} media files";
        var what = mediaUrls.Length == 0 ? $"texted \"{text}\"" : string.IsNullOrWhiteSpace(text) ? $"sent {files}" : $"texted \"{text}\" with {files}";
        return new Result(true, $"{from} {what} to {to}.{note}");
    }
}
