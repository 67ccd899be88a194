using CrmTelnyx.Telnyx;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox;

/// <summary>Whether the sandbox is in play: with a Telnyx API key configured the app is Live and the sandbox is not there.</summary>
public sealed class SandboxMode(IOptions<TelnyxOptions> telnyx)
{
    public bool IsActive => telnyx.Value.Mode == TelnyxMode.Sandbox;
}
