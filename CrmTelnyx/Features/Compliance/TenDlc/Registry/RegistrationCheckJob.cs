using Quartz;

namespace CrmTelnyx.Features.Compliance.TenDlc;

/// <summary>Every <see cref="Every"/>: follows registrations under review whose webhooks are late (<see cref="CheckPendingRegistrations"/>).</summary>
[DisallowConcurrentExecution]
public sealed class RegistrationCheckJob(CheckPendingRegistrations check, ILogger<RegistrationCheckJob> logger) : IJob
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await check.RunAsync(cancellationToken);
        }
        catch (InvalidOperationException e) when (!cancellationToken.IsCancellationRequested)
        {
            // E.g. in sandbox mode before the app listens: its address is not known yet.
            logger.LogWarning("10DLC registrations could not be checked yet: {Reason}", e.Message);
        }
    }
}
