using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace CrmTelnyx.Sandbox;

/// <summary>Signs a webhook exactly as Telnyx does: Ed25519 over the UTF-8 bytes of "{timestamp}|{body}", base64.</summary>
public sealed class WebhookSigner
{
    private readonly Ed25519PrivateKeyParameters privateKey;

    public WebhookSigner(byte[] seed)
    {
        if (seed.Length != 32) throw new ArgumentException("An Ed25519 seed is 32 bytes.", nameof(seed));
        privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        PublicKeyBase64 = Convert.ToBase64String(privateKey.GeneratePublicKey().GetEncoded());
    }

    /// <summary>The 32 raw public-key bytes in base64, the form Telnyx shows under Keys &amp; Credentials.</summary>
    public string PublicKeyBase64 { get; }

    public string Sign(string timestamp, string body)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, privateKey);
        var bytes = Encoding.UTF8.GetBytes($"{timestamp}|{body}");
        signer.BlockUpdate(bytes, 0, bytes.Length);
        return Convert.ToBase64String(signer.GenerateSignature());
    }
}
