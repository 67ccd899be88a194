using CrmTelnyx.Sandbox;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Hosting;

/// <summary>In Sandbox mode the product's client talks to the built-in simulator; in Live mode to the configured account.</summary>
public sealed class SandboxConnectionSource(
    ConfiguredTelnyxConnectionSource configured,
    SandboxMode mode,
    AppAddresses addresses,
    SandboxCredentials credentials,
    SandboxAccount account) : ITelnyxConnectionSource
{
    public TelnyxConnection Current => mode.IsActive
        ? new TelnyxConnection(
            new Uri(addresses.LocalBaseUrl, SandboxExtensions.ApiPath),
            credentials.ApiKey,
            credentials.PublicKey,
            account.MessagingProfileId,
            account.CallControlApplicationId,
            TelnyxMode.Sandbox)
        : configured.Current;
}
