using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>Verifies a webhook the way a receiver must: Ed25519 over "{timestamp}|{raw body}" with the published key.</summary>
public static class Ed25519Verification
{
    public static bool Verify(string publicKeyBase64, string timestamp, string body, string signatureBase64)
    {
        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(Convert.FromBase64String(publicKeyBase64), 0));
        var bytes = Encoding.UTF8.GetBytes($"{timestamp}|{body}");
        verifier.BlockUpdate(bytes, 0, bytes.Length);
        return verifier.VerifySignature(Convert.FromBase64String(signatureBase64));
    }
}
