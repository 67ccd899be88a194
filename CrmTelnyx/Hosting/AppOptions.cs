using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Hosting;

public sealed class AppOptions : IValidatableObject
{
    public const string Section = "App";

    /// <summary>Where the database, logs and keys live; relative paths are under the content root.</summary>
    [Required(ErrorMessage = "App:DataDirectory must name a folder for the database and logs.")]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Where Telnyx reaches our webhooks, e.g. https://crm.example.com. Empty: the address the app listens on.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(
                $"App:PublicBaseUrl must be an absolute http(s) URL such as https://crm.example.com, not '{PublicBaseUrl}'.",
                [nameof(PublicBaseUrl)]);
        }
    }
}
