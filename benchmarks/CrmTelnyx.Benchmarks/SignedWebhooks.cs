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

    public void Dispose() => signer.Dispose();
}
