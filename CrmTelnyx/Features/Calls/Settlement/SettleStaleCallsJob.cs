using Microsoft.Extensions.Options;
using Quartz;

namespace CrmTelnyx.Features.Calls.Settlement;

/// <summary>Every <see cref="CallSettlementOptions.EveryMinutes"/>: settles calls and costs whose webhooks were lost (<see cref="SettleStaleCalls"/>).</summary>
[DisallowConcurrentExecution]
public sealed class SettleStaleCallsJob(SettleStaleCalls settle, TimeProvider time, IOptions<CallSettlementOptions> options, ILogger<SettleStaleCallsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.RunOnSchedule) return;
        try
        {
            await settle.RunAsync(time.GetUtcNow(), cancellationToken);
        }
        catch (InvalidOperationException e) when (!cancellationToken.IsCancellationRequested)
        {
            // E.g. in sandbox mode before the app listens: its address is not known yet.
            logger.LogWarning("Stale calls could not be settled yet: {Reason}", e.Message);
        }
    }
}
