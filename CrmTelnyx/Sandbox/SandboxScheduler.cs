using System.Threading.Channels;

namespace CrmTelnyx.Sandbox;

/// <summary>
/// Runs the sandbox's later work (a message being delivered, a call being answered, a webhook retry) when it falls due,
/// each in a fresh DI scope. Delays come from <see cref="TimeProvider"/> so tests can control them.
/// </summary>
public sealed class SandboxScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<SandboxScheduler> logger) : BackgroundService
{
    private sealed record ScheduledWork(DateTimeOffset DueAt, string What, Func<IServiceProvider, CancellationToken, Task> Work);

    private readonly Channel<ScheduledWork> queue = Channel.CreateUnbounded<ScheduledWork>();

    public void Schedule(TimeSpan delay, string what, Func<IServiceProvider, CancellationToken, Task> work) =>
        queue.Writer.TryWrite(new ScheduledWork(time.GetUtcNow() + delay, what, work));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            _ = RunWhenDueAsync(item, stoppingToken);
    }

    private async Task RunWhenDueAsync(ScheduledWork item, CancellationToken stoppingToken)
    {
        try
        {
            var wait = item.DueAt - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            await item.Work(scope.ServiceProvider, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Sandbox work '{What}' failed", item.What);
        }
    }
}
