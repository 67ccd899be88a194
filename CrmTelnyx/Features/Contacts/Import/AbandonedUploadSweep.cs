using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>
/// An uploaded CSV holds customer data. When nobody starts its import within a day, its file is deleted and the
/// import says so, rather than keeping the file in the data folder for ever.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AbandonedUploadSweep(CrmDbContext db, TimeProvider time, ILogger<AbandonedUploadSweep> logger) : IJob
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    public const string Explanation = "This file was not imported within a day of its upload, so it was deleted. Upload it again to import it.";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await SweepAsync(cancellationToken);

    /// <returns>How many uploads were removed.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - KeepFor;
        var stale = await db.ContactImports.AsNoTracking()
            .Where(i => i.Status == ImportStatus.Mapping && i.CreatedAt < cutoff)
            .Select(i => new { i.Id, i.StoredPath })
            .ToListAsync(cancellationToken);
        var removed = 0;
        foreach (var upload in stale)
        {
            // Claimed in one statement: an import someone starts at this very moment keeps its file.
            var claimed = await db.ContactImports.Where(i => i.Id == upload.Id && i.Status == ImportStatus.Mapping)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, ImportStatus.Failed).SetProperty(i => i.Error, Explanation), cancellationToken);
            if (claimed == 0) continue;
            File.Delete(upload.StoredPath);
            removed++;
        }
        if (removed > 0) logger.LogInformation("Deleted {Count} uploaded CSV files that were not imported within {Days} day(s)", removed, KeepFor.TotalDays);
        return removed;
    }
}
