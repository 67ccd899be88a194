namespace CrmTelnyx.Sandbox.Control;

/// <summary>
/// Runs one control-page action in a DI scope of its own: the page lives as long as its circuit and must not hold a
/// SandboxDbContext across clicks. The app has a runner like it; the sandbox keeps its own so it depends on nothing of the app.
/// </summary>
public sealed class SandboxRunner(IServiceScopeFactory scopes)
{
    public async Task<TResult> RunAsync<TAction, TResult>(Func<TAction, Task<TResult>> run) where TAction : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TAction>());
    }
}
