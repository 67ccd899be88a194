namespace CrmTelnyx.Sandbox;

/// <summary>Creates the sandbox's keys and store at start-up, so the first request does not pay for it.</summary>
public sealed class SandboxInitializer(SandboxMode mode, SandboxCredentials credentials, SandboxAccount account) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!mode.IsActive) return;
        _ = credentials.PublicKey;
        await account.EnsureReadyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
