namespace CrmTelnyx.Tests.Features.Webhooks;

/// <summary>Webhook bodies shaped as Telnyx sends them (TELNYX-API.md §2–3).</summary>
public static class TelnyxEventJson
{
    public static string Outbound(string eventId, string eventType, string messageId, string status, string? cost = null,
        string occurredAt = "2026-11-22T12:00:01.000+00:00")
    {
        var costJson = cost is null ? "null" : "{\"amount\":\"" + cost + "\",\"currency\":\"USD\"}";
        var completedAt = eventType == "message.finalized" ? "\"2026-11-22T12:00:01.000+00:00\"" : "null";
        return $$$"""
            {"data":{"event_type":"{{{eventType}}}","id":"{{{eventId}}}","occurred_at":"{{{occurredAt}}}","record_type":"event",
              "payload":{"record_type":"message","id":"{{{messageId}}}","direction":"outbound","type":"SMS",
                "from":{"phone_number":"+13125550001","carrier":"Telnyx","line_type":"Wireless"},
                "to":[{"phone_number":"+13125550002","carrier":"T-MOBILE USA, INC.","line_type":"Wireless","status":"{{{status}}}"}],
                "text":"Hello","media":[],"encoding":"GSM-7","parts":1,"cost":{{{costJson}}},
                "errors":[],"tags":[],"received_at":"2026-11-22T12:00:00.000+00:00","sent_at":"2026-11-22T12:00:00.500+00:00",
                "completed_at":{{{completedAt}}}}},
             "meta":{"attempt":1,"delivered_to":"https://crm.example/webhooks/telnyx"}}
            """;
    }

    public static string Inbound(string eventId, string messageId, string text, string occurredAt = "2026-11-22T12:00:00.000+00:00",
        string type = "SMS", string media = "[]") => $$$"""
        {"data":{"event_type":"message.received","id":"{{{eventId}}}","occurred_at":"{{{occurredAt}}}","record_type":"event",
          "payload":{"record_type":"message","id":"{{{messageId}}}","direction":"inbound","type":"{{{type}}}",
            "from":{"phone_number":"+13125550002","carrier":"T-MOBILE USA, INC.","line_type":"Wireless"},
            "to":[{"phone_number":"+13125550001","status":"webhook_delivered"}],
            "text":"{{{text}}}","media":{{{media}}},"encoding":"GSM-7","parts":1,"cost":{"amount":"0.0000","currency":"USD"},
            "received_at":"2026-11-22T12:00:00.000+00:00","sent_at":null,"completed_at":null}},
         "meta":{"attempt":1,"delivered_to":"https://crm.example/webhooks/telnyx"}}
        """;

    /// <summary>An inbound MMS's media[] item; the SPEC names the hash hash_sha256, the KB example sha256 (TELNYX-API.md §3).</summary>
    public static string MediaItem(string url, string contentType, long size) =>
        $$"""{"url":"{{url}}","content_type":"{{contentType}}","size":{{size}},"hash_sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""";
}
