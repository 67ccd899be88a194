using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Telnyx;

/// <summary>Telnyx account settings. With no ApiKey the app runs against its built-in sandbox.</summary>
public sealed class TelnyxOptions : IValidatableObject
{
    public const string Section = "Telnyx";

    public string ApiKey { get; set; } = "";

    /// <summary>The account's webhook public key: base64 of 32 bytes (Mission Control → Keys &amp; Credentials).</summary>
    public string PublicKey { get; set; } = "";

    public string BaseUrl { get; set; } = "https://api.telnyx.com/v2";

    public string MessagingProfileId { get; set; } = "";

    public string ConnectionId { get; set; } = "";

    public TelnyxMode Mode => string.IsNullOrWhiteSpace(ApiKey) ? TelnyxMode.Sandbox : TelnyxMode.Live;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            yield return new ValidationResult($"Telnyx:BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.", [nameof(BaseUrl)]);

        if (!string.IsNullOrWhiteSpace(PublicKey) && !IsBase64Of32Bytes(PublicKey))
            yield return new ValidationResult(
                "Telnyx:PublicKey must be the base64 text of a 32-byte Ed25519 public key, as Telnyx shows it under Keys & Credentials.",
                [nameof(PublicKey)]);

        if (Mode == TelnyxMode.Live && string.IsNullOrWhiteSpace(PublicKey))
            yield return new ValidationResult(
                "Telnyx:PublicKey is required with Telnyx:ApiKey: without it webhooks cannot be verified. Leave Telnyx:ApiKey empty to use the sandbox.",
                [nameof(PublicKey)]);
    }

    private static bool IsBase64Of32Bytes(string value)
    {
        Span<byte> buffer = stackalloc byte[48];
        return Convert.TryFromBase64String(value.Trim(), buffer, out var written) && written == 32;
    }
}

public enum TelnyxMode
{
    Sandbox,
    Live,
}
