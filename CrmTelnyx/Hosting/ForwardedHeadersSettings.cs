using System.ComponentModel.DataAnnotations;
using System.Net;

namespace CrmTelnyx.Hosting;

/// <summary>
/// Which proxies may tell the app the client's address and scheme (X-Forwarded-For, X-Forwarded-Proto).
/// Both empty: only a proxy on this machine (loopback) is trusted.
/// </summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string Section = "App:ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. 10.0.0.5.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. 10.0.0.0/24.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult(
                $"{Section}:KnownProxies must list IP addresses such as 10.0.0.5, not '{proxy}'.", [nameof(KnownProxies)]);
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult(
                $"{Section}:KnownNetworks must list networks in CIDR form such as 10.0.0.0/24, not '{network}'.", [nameof(KnownNetworks)]);
    }
}
