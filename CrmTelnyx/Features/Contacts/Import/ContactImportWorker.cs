using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>Runs queued imports one at a time, each in its own DI scope.</summary>
public sealed class ContactImportWorker(ContactImportQueue queue, IServiceScopeFactory scopes, TimeProvider time, ILogger<ContactImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverAsync(stoppingToken);
        await foreach (var importId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ContactImportRunner>().RunAsync(importId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Import {ImportId} could not run", importId);
            }
        }
    }

    /// <summary>
    /// After a restart: queued imports run again; one that was running is marked failed rather than re-run,
    /// since its first rows are already in (importing the file again with "update" finishes it).
    /// </summary>
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await db.ContactImports.Where(i => i.Status == ImportStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, ImportStatus.Failed)
                .SetProperty(i => i.FinishedAt, time.GetUtcNow().UtcDateTime)
                .SetProperty(i => i.Error, "The app stopped during this import. Import the file again choosing \"update\" for duplicates to finish it."),
                cancellationToken);
        foreach (var id in await db.ContactImports.Where(i => i.Status == ImportStatus.Queued).OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(cancellationToken))
            queue.Enqueue(id);
    }
}
