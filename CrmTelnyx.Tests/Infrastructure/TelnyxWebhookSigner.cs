using System.Security.Cryptography;
using System.Text;
using CrmTelnyx.Sandbox;

namespace CrmTelnyx.Tests.Infrastructure;

/// <summary>Signs webhooks the way Telnyx does (Ed25519 over "{timestamp}|{body}") with a key pair made for the test.</summary>
public sealed class TelnyxWebhookSigner
{
    // The sandbox's signer; the verifier's own tests also check Telnyx's published test vector, so this is no echo chamber.
    private readonly WebhookSigner signer = new(RandomNumberGenerator.GetBytes(32));

    public string PublicKeyBase64 => signer.PublicKeyBase64;

    public string Sign(string timestamp, string body) => signer.Sign(timestamp, body);

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();

    /// <summary>POSTs <paramref name="body"/> as Telnyx would; <paramref name="signature"/> overrides the real one.</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string path = "/webhooks/telnyx", string? timestamp = null, string? signature = null)
    {
        timestamp ??= Now();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("telnyx-timestamp", timestamp);
        request.Headers.Add("telnyx-signature-ed25519", signature ?? Sign(timestamp, body));
        request.Headers.UserAgent.ParseAdd("telnyx-webhooks");
        return client.SendAsync(request);
    }
}
