using System.Globalization;
using System.Text;
using CrmTelnyx.Telnyx;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

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

        if (!PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey.AsSpan(0, 32), KeyBlobFormat.RawPublicKey, out var key) || key is null)
            return WebhookSignatureCheck.NoPublicKey;
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        signed[written] = (byte)'|';
        body.CopyTo(signed, written + 1);
        return SignatureAlgorithm.Ed25519.Verify(key, signed, signatureBytes.AsSpan(0, 64)) ? WebhookSignatureCheck.Valid : WebhookSignatureCheck.BadSignature;
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
