using CrmTelnyx.Telnyx;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrmTelnyx.Features.Numbers;

/// <summary>Syncs the numbers with Telnyx at start-up and then every <see cref="NumbersOptions.SyncEveryMinutes"/>.</summary>
[DisallowConcurrentExecution]
public sealed class NumberSyncJob(SyncNumbers sync, IOptions<NumbersOptions> options, ILogger<NumberSyncJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.SyncOnSchedule) return;
        try
        {
            await sync.RunAsync(cancellationToken);
        }
        catch (TelnyxException e)
        {
            // The next run tries again; a person can also press "Sync from Telnyx" and see the reason.
            logger.LogWarning("Number sync could not reach Telnyx: {Reason}", e.Message);
        }
        catch (InvalidOperationException e) when (!cancellationToken.IsCancellationRequested)
        {
            // E.g. in sandbox mode before the app listens: its address is not known yet.
            logger.LogWarning("Number sync could not run yet: {Reason}", e.Message);
        }
    }
}
