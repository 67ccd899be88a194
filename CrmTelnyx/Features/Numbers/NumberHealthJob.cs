using Quartz;

namespace CrmTelnyx.Features.Numbers;

/// <summary>Runs the health check every <see cref="NumbersOptions.HealthCheckEveryMinutes"/>; admins can also run it from Settings.</summary>
[DisallowConcurrentExecution]
public sealed class NumberHealthJob(NumberHealthCheck check) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await check.RunAsync(cancellationToken);
}
