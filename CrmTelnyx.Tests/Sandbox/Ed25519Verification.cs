using System.Text;
using NSec.Cryptography;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>Verifies a webhook the way a receiver must: Ed25519 over "{timestamp}|{raw body}" with the published key.</summary>
public static class Ed25519Verification
{
    public static bool Verify(string publicKeyBase64, string timestamp, string body, string signatureBase64)
    {
        var key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromBase64String(publicKeyBase64), KeyBlobFormat.RawPublicKey);
        return SignatureAlgorithm.Ed25519.Verify(key, Encoding.UTF8.GetBytes($"{timestamp}|{body}"), Convert.FromBase64String(signatureBase64));
    }
}
