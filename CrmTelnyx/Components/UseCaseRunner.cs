namespace CrmTelnyx.Components;

/// <summary>
/// Runs one use case in a DI scope of its own. An interactive page lives as long as its circuit, so it must not hold
/// a DbContext or a UserManager across clicks: each submit gets fresh ones, as an HTTP request would.
/// </summary>
public sealed class UseCaseRunner(IServiceScopeFactory scopes)
{
    public async Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> run) where TUseCase : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public async Task RunAsync<TUseCase>(Func<TUseCase, Task> run) where TUseCase : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
