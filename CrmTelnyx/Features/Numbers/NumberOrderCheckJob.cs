using Quartz;

namespace CrmTelnyx.Features.Numbers;

/// <summary>Every <see cref="Every"/>: settles the orders whose number_order.complete webhook is late or lost (<see cref="CheckNumberOrders"/>).</summary>
[DisallowConcurrentExecution]
public sealed class NumberOrderCheckJob(CheckNumberOrders check, ILogger<NumberOrderCheckJob> logger) : IJob
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await check.RunAsync(cancellationToken: cancellationToken);
        }
        catch (InvalidOperationException e) when (!cancellationToken.IsCancellationRequested)
        {
            // E.g. in sandbox mode before the app listens: its address is not known yet.
            logger.LogWarning("Number orders could not be checked yet: {Reason}", e.Message);
        }
    }
}
