using System.Text;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace CrmTelnyx.Tests.Infrastructure;

/// <summary>Signs webhooks the way Telnyx does (Ed25519 over "{timestamp}|{body}") with a key pair made for the test.</summary>
public sealed class TelnyxWebhookSigner
{
    private readonly Ed25519PrivateKeyParameters privateKey;

    public TelnyxWebhookSigner()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        privateKey = (Ed25519PrivateKeyParameters)pair.Private;
        PublicKeyBase64 = Convert.ToBase64String(((Ed25519PublicKeyParameters)pair.Public).GetEncoded());
    }

    public string PublicKeyBase64 { get; }

    public string Sign(string timestamp, string body)
    {
        var bytes = Encoding.UTF8.GetBytes($"{timestamp}|{body}");
        var signer = new Ed25519Signer();
        signer.Init(true, privateKey);
        signer.BlockUpdate(bytes, 0, bytes.Length);
        return Convert.ToBase64String(signer.GenerateSignature());
    }

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
