using System.Globalization;
using System.Text;
using CrmTelnyx.Telnyx;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// Checks Telnyx's Ed25519 signature (header telnyx-signature-ed25519) over the UTF-8 bytes of
/// "{telnyx-timestamp}|{raw body}" with the current connection's public key, and that the timestamp is near now.
/// </summary>
public sealed class WebhookSignatureVerifier(ITelnyxConnectionSource connections, TimeProvider time, IOptions<WebhookOptions> options)
{
    public const string SignatureHeader = "telnyx-signature-ed25519";
    public const string TimestampHeader = "telnyx-timestamp";

    public WebhookSignatureCheck Verify(string? signature, string? timestamp, byte[] body)
    {
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp)) return WebhookSignatureCheck.MissingHeaders;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds))
            return WebhookSignatureCheck.MalformedTimestamp;

        // Old and future timestamps alike: a captured webhook cannot be replayed later.
        var age = time.GetUtcNow().ToUnixTimeSeconds() - unixSeconds;
        if (Math.Abs(age) > options.Value.SignatureTolerance.TotalSeconds) return WebhookSignatureCheck.OutsideTimeWindow;

        var publicKey = new byte[48];
        if (!Convert.TryFromBase64String(connections.Current.PublicKey.Trim(), publicKey, out var keyLength) || keyLength != 32)
            return WebhookSignatureCheck.NoPublicKey;

        var signatureBytes = new byte[96];
        if (!Convert.TryFromBase64String(signature.Trim(), signatureBytes, out var signatureLength) || signatureLength != 64)
            return WebhookSignatureCheck.BadSignature;

        var signer = new Ed25519Signer();
        signer.Init(false, new Ed25519PublicKeyParameters(publicKey, 0));
        var prefix = Encoding.UTF8.GetBytes(timestamp + "|");
        signer.BlockUpdate(prefix, 0, prefix.Length);
        signer.BlockUpdate(body, 0, body.Length);
        return signer.VerifySignature(signatureBytes.AsSpan(0, 64).ToArray()) ? WebhookSignatureCheck.Valid : WebhookSignatureCheck.BadSignature;
    }
}

public enum WebhookSignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    OutsideTimeWindow,
    NoPublicKey,
    BadSignature,
}
