using CrmTelnyx.Hosting;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Webhooks;

/// <summary>Where a webhook goes when the message or call named no webhook_url: Sandbox:WebhookUrl, else the app's own receiver.</summary>
public sealed class WebhookDestination(IOptions<SandboxOptions> options, AppAddresses addresses)
{
    public string Default => string.IsNullOrWhiteSpace(options.Value.WebhookUrl)
        ? new Uri(addresses.PublicBaseUrl, "webhooks/telnyx").ToString()
        : options.Value.WebhookUrl;

    public string For(params string?[] preferred) => preferred.FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)) ?? Default;
}
