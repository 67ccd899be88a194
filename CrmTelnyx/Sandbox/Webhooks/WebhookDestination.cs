using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Webhooks;

/// <summary>Where a webhook goes when the message or call named no webhook_url: Sandbox:WebhookUrl, else the host's default.</summary>
public sealed class WebhookDestination(IOptions<SandboxOptions> options, ISandboxHost host)
{
    public string Default => string.IsNullOrWhiteSpace(options.Value.WebhookUrl)
        ? host.DefaultWebhookUrl.ToString()
        : options.Value.WebhookUrl;

    public string For(params string?[] preferred) => preferred.FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)) ?? Default;
}
