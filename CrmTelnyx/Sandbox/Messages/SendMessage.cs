using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Messages;

/// <summary>POST /v2/messages: validates like Telnyx, answers 200 with the queued message, then delivers it later.</summary>
public static class SendMessage
{
    public sealed record Request(
        string? From, string? To, string? Text, string? MessagingProfileId, string? WebhookUrl, string? WebhookFailoverUrl,
        string? Type, string[]? MediaUrls, string[]? Tags, string? Subject, string? Encoding, bool? UseProfileWebhooks);

    public sealed record Services(SandboxDbContext Db, MessageLifecycle Lifecycle, IOptions<SandboxOptions> Options, TimeProvider Time);

    public static async Task<IResult> HandleAsync(HttpRequest http, [AsParameters] Services s)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http);
        if (request is null) return error!;

        if (string.IsNullOrWhiteSpace(request.To)) return SandboxErrors.MissingParameter("/to");
        if (!E164.IsValid(request.To)) return SandboxErrors.NotE164("/to", request.To);
        if (!E164.IsDialable(request.To)) return SandboxErrors.InvalidNumber("/to", request.To);
        if (string.IsNullOrEmpty(request.Text) && (request.MediaUrls is null || request.MediaUrls.Length == 0))
            return SandboxErrors.Result(422, "40316", "No content provided", "The message must have text or media.", "/text");
        if (MmsMedia.Refusal(request.MediaUrls) is { } badMedia) return badMedia;
        var media = request.MediaUrls ?? [];

        var sender = await FindSenderAsync(s.Db, request);
        if (sender.Error is not null) return sender.Error;
        var number = sender.Number!;

        var optedOut = await s.Db.OptOuts.AnyAsync(o => o.MessagingProfileId == number.MessagingProfileId && o.PhoneNumber == request.To);
        if (optedOut)
            return SandboxErrors.Result(403, "40300", "Blocked due to STOP message",
                $"Messages cannot be sent from '{number.PhoneNumber}' to '{request.To}' due to an existing block rule.", "/to");

        var segments = SegmentCounter.Count(request.Text ?? "", forceUcs2: request.Encoding == "ucs2");
        if (request.Encoding == "gsm7" && segments.Encoding != SegmentCounter.Gsm7)
            return SandboxErrors.BadRequest("The text has characters outside GSM-7, so it cannot be sent with encoding 'gsm7'.", "/encoding");
        // An MMS is one message whatever its text's length; only an SMS is cut into (at most 10) parts.
        if (media.Length == 0 && segments.Parts > 10)
            return SandboxErrors.Result(422, "40302", "Message too large", $"The message needs {segments.Parts} parts; at most 10 are allowed.", "/text");

        var o = s.Options.Value;
        var parts = media.Length > 0 ? 1 : segments.Parts;
        var (rate, fee) = media.Length > 0 ? (o.MmsRate, o.MmsCarrierFee) : (o.MessageRate * parts, o.CarrierFee * parts);
        var message = new SandboxMessage
        {
            Id = Guid.NewGuid(), Direction = "outbound", From = number.PhoneNumber, To = request.To, Text = request.Text ?? "", MediaUrls = media,
            Encoding = segments.Encoding, Parts = parts, NumChars = segments.NumChars, Status = "queued",
            ToLineType = DeliveryRules.IsLandline(request.To) ? "Wireline" : "Wireless",
            Rate = rate, CarrierFee = fee, Cost = rate + fee, MessagingProfileId = number.MessagingProfileId,
            WebhookUrl = request.WebhookUrl, WebhookFailoverUrl = request.WebhookFailoverUrl, UseProfileWebhooks = request.UseProfileWebhooks ?? true, Tags = string.Join(',', request.Tags ?? []), ReceivedAt = s.Time.GetUtcNow().UtcDateTime,
        };
        s.Db.Messages.Add(message);
        await s.Db.SaveChangesAsync();
        s.Lifecycle.ScheduleDelivery(message.Id);
        return SandboxJson.Data(MessageResource.From(message));
    }

    private static async Task<(SandboxPhoneNumber? Number, IResult? Error)> FindSenderAsync(SandboxDbContext db, Request request)
    {
        if (string.IsNullOrWhiteSpace(request.From))
        {
            if (string.IsNullOrWhiteSpace(request.MessagingProfileId)) return (null, SandboxErrors.MissingParameter("/from"));
            // Number pool: any active number on the profile sends.
            var pooled = await db.PhoneNumbers.Where(n => n.Status == "active" && n.MessagingProfileId == request.MessagingProfileId)
                .OrderBy(n => n.PhoneNumber).FirstOrDefaultAsync();
            return pooled is null
                ? (null, SandboxErrors.Result(422, "40321", "No usable numbers in number pool", "The messaging profile has no numbers that can send.", "/messaging_profile_id"))
                : (pooled, null);
        }
        if (!E164.IsValid(request.From)) return (null, SandboxErrors.NotE164("/from", request.From));
        var number = await db.PhoneNumbers.FirstOrDefaultAsync(n => n.PhoneNumber == request.From && n.Status == "active");
        if (number is null)
            return (null, SandboxErrors.Result(422, "40305", "Invalid 'from' address",
                $"The 'from' address '{request.From}' is not a number on your account with messaging enabled.", "/from"));
        if (string.IsNullOrEmpty(number.MessagingProfileId))
            return (null, SandboxErrors.Result(422, "40100", "Number not enabled for messaging",
                $"'{request.From}' is not assigned to a messaging profile.", "/from"));
        return (number, null);
    }
}
