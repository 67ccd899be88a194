using System.Text;
using NSec.Cryptography;

namespace CrmTelnyx.Sandbox;

/// <summary>Signs a webhook exactly as Telnyx does: Ed25519 over the UTF-8 bytes of "{timestamp}|{body}", base64.</summary>
public sealed class WebhookSigner : IDisposable
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly Key privateKey;

    public WebhookSigner(byte[] seed)
    {
        if (seed.Length != 32) throw new ArgumentException("An Ed25519 seed is 32 bytes.", nameof(seed));
        privateKey = Key.Import(Ed25519, seed, KeyBlobFormat.RawPrivateKey);
        PublicKeyBase64 = Convert.ToBase64String(privateKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The 32 raw public-key bytes in base64, the form Telnyx shows under Keys &amp; Credentials.</summary>
    public string PublicKeyBase64 { get; }

    public string Sign(string timestamp, string body) =>
        Convert.ToBase64String(Ed25519.Sign(privateKey, Encoding.UTF8.GetBytes($"{timestamp}|{body}")));

    public void Dispose() => privateKey.Dispose();
}
