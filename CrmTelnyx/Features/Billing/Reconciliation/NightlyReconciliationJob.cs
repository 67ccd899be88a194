using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrmTelnyx.Features.Billing.Reconciliation;

/// <summary>
/// Hourly: once it is past <see cref="ReconciliationOptions.AfterLocalHour"/> in the company's zone and yesterday has no
/// completed comparison, compares it. Checking every hour rather than firing once at 3:00 means a day is still compared
/// when the app was down at that hour, a zone change needs no new trigger, and a run Telnyx failed is tried again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class NightlyReconciliationJob(CrmDbContext db, ReconcileDay reconcile, TimeProvider time, IOptions<ReconciliationOptions> options) : IJob
{
    public const string StartedBy = "nightly";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.Nightly) return;
        var local = CompanyClock.ToLocal(time.GetUtcNow(), await CompanyClock.ZoneAsync(db, cancellationToken));
        if (local.Hour < options.Value.AfterLocalHour) return;
        var yesterday = DateOnly.FromDateTime(local).AddDays(-1);
        if (await db.ReconciliationRuns.AnyAsync(r => r.Day == yesterday && r.Error == null, cancellationToken)) return;
        await reconcile.RunAsync(yesterday, StartedBy, cancellationToken);
    }
}
