namespace CrmTelnyx.Sandbox;

/// <summary>
/// What the sandbox needs from the app that hosts it. The composition supplies it (Hosting/SandboxWiring), so the
/// sandbox knows nothing of the product: not its Telnyx settings, its addresses, nor where its webhook receiver is.
/// </summary>
public interface ISandboxHost
{
    /// <summary>Whether the sandbox serves at all; when false every sandbox URL answers 404 and its page is not there.</summary>
    bool IsActive { get; }

    /// <summary>Where whoever receives the sandbox's webhooks reaches this app (the base of recording URLs); known once it listens.</summary>
    Uri PublicBaseUrl { get; }

    /// <summary>Where webhooks go when neither the message or call, its profile or application, nor Sandbox:WebhookUrl names one.</summary>
    Uri DefaultWebhookUrl { get; }

    /// <summary>The folder that holds sandbox.db and the sandbox/ folder with its keys.</summary>
    string DataDirectory { get; }
}
