using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CrmTelnyx.Features.Billing.Ledger;

/// <summary>
/// Keeps SQLite's statistics for the ledger and its roll-ups current. With them the planner reads per-number and per-state
/// sums by the covering indexes in group order (a skip-scan: a seek per number, state and type) instead of sorting every
/// row of the period, and the ledger through its narrow partial indexes rather than by time with a lookup per entry
/// (docs/benchmarks.md). Sampled (analysis_limit), so it takes milliseconds even at a million entries. Also run when the
/// day roll-ups are rebuilt (<see cref="Days.RebuildLedgerDays"/>), as that fills them at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class LedgerRollUpStatisticsJob(CrmDbContext db) : IJob
{
    public const string Sql = """
        PRAGMA analysis_limit=1000;
        ANALYZE "LedgerEntries"; ANALYZE "LedgerHours"; ANALYZE "LedgerDays"; ANALYZE "LedgerBlastDays"; ANALYZE "LedgerAgentDays";
        """;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(Sql, cancellationToken);
    }
}
