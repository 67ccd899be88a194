using Microsoft.Extensions.Options;
using Quartz;

namespace CrmTelnyx.Features.Billing.NumberFees;

/// <summary>Enters the numbers' monthly fees as they fall due (<see cref="NumberFeesOptions.EveryMinutes"/>), catching up missed ones.</summary>
[DisallowConcurrentExecution]
public sealed class NumberFeeJob(PostNumberFees post, IOptions<NumberFeesOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.PostOnSchedule) return;
        await post.RunAsync(cancellationToken);
    }
}
