namespace CrmTelnyx.Sandbox;

/// <summary>Whether the sandbox is in play; the host decides (the app: no Telnyx API key configured).</summary>
public sealed class SandboxMode(ISandboxHost host)
{
    public bool IsActive => host.IsActive;
}
