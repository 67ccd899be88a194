using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CrmTelnyx.Features.Billing.Ledger;

/// <summary>
/// Keeps SQLite's statistics for the roll-ups current. With them the planner reads per-number and per-state sums by the
/// covering indexes in group order (a seek per number, state and type) instead of sorting every row of the period
/// (docs/benchmarks.md). Sampled (analysis_limit), so it takes milliseconds.
/// </summary>
[DisallowConcurrentExecution]
public sealed class LedgerRollUpStatisticsJob(CrmDbContext db) : IJob
{
    public const string Sql = """
        PRAGMA analysis_limit=1000;
        ANALYZE "LedgerHours"; ANALYZE "LedgerDays"; ANALYZE "LedgerBlastDays"; ANALYZE "LedgerAgentDays";
        """;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(Sql, cancellationToken);
    }
}
