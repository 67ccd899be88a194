using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// Starts every blast whose time has come: Scheduled with ScheduledFor unset (send now) or past, and any left
/// Preparing by a stop (its rows were rolled back). The composer only stores the row, so the schedule survives restarts.
/// </summary>
public sealed class BlastScheduler(IServiceScopeFactory scopes, TimeProvider time, IOptions<BlastEngineOptions> options, ILogger<BlastScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await StartDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Starting scheduled blasts failed; trying again shortly");
            }
            try
            {
                // Real time, not the TimeProvider: this is how often to look, not when a blast is due.
                await Task.Delay(options.Value.SchedulerInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task StartDueAsync(CancellationToken cancellationToken)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var now = time.GetUtcNow();
            due = await db.Blasts.AsNoTracking()
                .Where(b => (b.Status == BlastStatus.Scheduled && (b.ScheduledFor == null || b.ScheduledFor <= now)) || b.Status == BlastStatus.Preparing)
                .OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(cancellationToken);
        }
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StartBlast>().StartAsync(id, cancellationToken);
        }
    }
}
