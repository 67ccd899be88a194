using System.Text;
using CrmTelnyx.Sandbox;

namespace CrmTelnyx.Benchmarks;

/// <summary>Signs webhooks with the key the app's sandbox made in its data folder, so the app accepts them as it accepts the sandbox's.</summary>
public sealed class SignedWebhooks(string dataFolder) : IDisposable
{
    private readonly WebhookSigner signer = new(Convert.FromBase64String(File.ReadAllText(Path.Combine(dataFolder, "sandbox", "ed25519.key")).Trim()));

    public HttpRequestMessage Request(string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telnyx") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("telnyx-timestamp", timestamp);
        request.Headers.Add("telnyx-signature-ed25519", signer.Sign(timestamp, body));
        return request;
    }

    /// <summary>message.finalized for <paramref name="messageId"/>, as Telnyx sends it.</summary>
    public static string Finalized(string eventId, string messageId, string status, DateTimeOffset occurredAt) => $$$"""
        {"data":{"event_type":"message.finalized","id":"{{{eventId}}}","occurred_at":"{{{occurredAt:yyyy-MM-ddTHH:mm:ss.fffzzz}}}","record_type":"event",
          "payload":{"record_type":"message","id":"{{{messageId}}}","direction":"outbound","type":"SMS",
            "from":{"phone_number":"+13125550100","carrier":"Telnyx","line_type":"Wireless"},
            "to":[{"phone_number":"+13125550199","carrier":"T-MOBILE USA, INC.","line_type":"Wireless","status":"{{{status}}}"}],
            "text":"Hello","media":[],"encoding":"GSM-7","parts":1,"cost":{"amount":"0.0070","currency":"USD"},
            "errors":[],"tags":[],"received_at":"{{{occurredAt:yyyy-MM-ddTHH:mm:ss.fffzzz}}}","sent_at":"{{{occurredAt:yyyy-MM-ddTHH:mm:ss.fffzzz}}}",
            "completed_at":"{{{occurredAt:yyyy-MM-ddTHH:mm:ss.fffzzz}}}"}},
         "meta":{"attempt":1,"delivered_to":"https://crm.example/webhooks/telnyx"}}
        """;

    /// <summary>A call.* event for the leg <paramref name="callControlId"/>, without client_state (a leg the app did not tag).</summary>
    public static string CallEvent(string eventId, string eventType, string callControlId, string from, string to, string? hangupCause, DateTimeOffset occurredAt)
    {
        var state = eventType == "call.hangup" ? "hangup" : "answered";
        var cause = hangupCause is null ? "" : $$"""
            ,"hangup_cause":"{{hangupCause}}","hangup_source":"callee","sip_hangup_cause":"200"
            """;
        return $$$"""
            {"data":{"event_type":"{{{eventType}}}","id":"{{{eventId}}}","occurred_at":"{{{occurredAt:yyyy-MM-ddTHH:mm:ss.fffzzz}}}","record_type":"event",
              "payload":{"call_control_id":"{{{callControlId}}}","call_leg_id":"leg-{{{callControlId}}}","call_session_id":"session-{{{callControlId}}}",
                "connection_id":"bench","from":"{{{from}}}","to":"{{{to}}}","direction":"outgoing","state":"{{{state}}}",
                "start_time":"{{{occurredAt:yyyy-MM-ddTHH:mm:ss.fffzzz}}}"{{{cause}}}}},
             "meta":{"attempt":1,"delivered_to":"https://crm.example/webhooks/telnyx"}}
            """;
    }

    public void Dispose() => signer.Dispose();
}
