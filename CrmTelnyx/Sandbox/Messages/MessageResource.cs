using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Messages;

/// <summary>A message as Telnyx writes it in API responses and webhook payloads.</summary>
public static class MessageResource
{
    public const string OrganizationId = "5a1d6c2e-0000-4000-8000-5a4db0c00001";

    public static object From(SandboxMessage m)
    {
        var inbound = m.Direction == "inbound";
        return new
        {
            record_type = "message",
            id = m.Id.ToString(),
            direction = m.Direction,
            type = m.IsMms ? "MMS" : "SMS",
            messaging_profile_id = m.MessagingProfileId,
            organization_id = OrganizationId,
            from = new { phone_number = m.From, carrier = inbound ? "T-MOBILE USA, INC." : "Telnyx", line_type = "Wireless" },
            to = new[]
            {
                new { phone_number = m.To, carrier = inbound ? "Telnyx" : "T-MOBILE USA, INC.", line_type = m.ToLineType ?? "Wireless", status = m.Status },
            },
            cc = Array.Empty<object>(),
            text = m.Text,
            subject = (string?)null,
            media = MmsMedia.Items(m.MediaUrls),
            encoding = m.Encoding,
            parts = m.Parts,
            num_chars = m.NumChars,
            smart_encoding_applied = false,
            cost = new { amount = SandboxJson.Money(m.Cost), currency = "USD" },
            cost_breakdown = new
            {
                carrier_fee = new { amount = SandboxJson.Money(m.CarrierFee), currency = "USD" },
                rate = new { amount = SandboxJson.Money(m.Rate), currency = "USD" },
            },
            errors = m.ErrorCode is null
                ? Array.Empty<object>()
                : [new { code = m.ErrorCode, title = m.ErrorTitle, detail = m.ErrorTitle }],
            tags = m.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries),
            received_at = SandboxJson.Time(m.ReceivedAt),
            sent_at = SandboxJson.Time(m.SentAt),
            completed_at = SandboxJson.Time(m.CompletedAt),
            valid_until = inbound ? null : SandboxJson.Time(m.ReceivedAt.AddHours(1)),
            wait_seconds = 0.0,
            webhook_url = m.WebhookUrl,
            webhook_failover_url = m.WebhookFailoverUrl,
        };
    }
}
