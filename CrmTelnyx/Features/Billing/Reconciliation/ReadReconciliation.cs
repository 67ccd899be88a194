using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Reconciliation;

/// <summary>The latest comparison of a day, with its differences, for the Billing tab.</summary>
public sealed class ReadReconciliation(CrmDbContext db, TimeProvider time)
{
    public async Task<DateOnly> YesterdayAsync(CancellationToken cancellationToken = default) =>
        DateOnly.FromDateTime(CompanyClock.ToLocal(time.GetUtcNow(), await CompanyClock.ZoneAsync(db, cancellationToken))).AddDays(-1);

    public Task<ReconciliationRun?> LatestAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        db.ReconciliationRuns.AsNoTracking().Include(r => r.Differences.OrderBy(d => d.Kind).ThenBy(d => d.OccurredAt))
            .Where(r => r.Day == day).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
}
