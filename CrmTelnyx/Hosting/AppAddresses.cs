using CrmTelnyx.Features.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Hosting;

/// <summary>
/// The app's own addresses, known only once the server listens: <see cref="LocalBaseUrl"/> is where code on this
/// machine reaches it (the sandbox client, the sandbox's webhooks); <see cref="PublicBaseUrl"/> is where Telnyx does.
/// </summary>
public sealed class AppAddresses(IServer server, IOptions<AppOptions> options)
{
    public Uri LocalBaseUrl
    {
        get
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The app is not listening yet, so its address is unknown.");
            // Wildcard bindings (0.0.0.0, [::], +, *) are reachable on loopback.
            var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
            if (uri.Host is "0.0.0.0") uri.Host = "127.0.0.1";
            if (uri.Host is "[::]" or "::") uri.Host = "[::1]";
            return new Uri(uri.Uri.GetLeftPart(UriPartial.Authority) + "/");
        }
    }

    public Uri PublicBaseUrl =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? LocalBaseUrl
            : new Uri(options.Value.PublicBaseUrl.TrimEnd('/') + "/");

    /// <summary>Where Telnyx sends the app its webhooks.</summary>
    public Uri TelnyxWebhookUrl => new(PublicBaseUrl, WebhooksFeature.TelnyxPath.TrimStart('/'));

    /// <summary>
    /// The webhook URL for requests that carry their own (10DLC brands and campaigns, whose reviews are announced only
    /// there): only once App:PublicBaseUrl says where Telnyx reaches the app. Null otherwise, as a local address would
    /// be refused; the sandbox then uses its default and the registration poll follows the rest.
    /// </summary>
    public string? ConfiguredTelnyxWebhookUrl => string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null : TelnyxWebhookUrl.ToString();
}
