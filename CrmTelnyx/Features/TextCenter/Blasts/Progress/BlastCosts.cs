using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// What blasts cost so far: the sum of their rows' recorded costs (from message.finalized), in SQL. SQLite keeps
/// decimals as text, which EF will not sum; as REAL the sum is exact to the cent for any blast's size.
/// </summary>
public static class BlastCosts
{
    public sealed record Cost(decimal Amount, string? Currency);

    private sealed record CostRow(long BlastId, double Amount, string? Currency);

    public static async Task<Dictionary<long, Cost>> SumAsync(CrmDbContext db, IReadOnlyCollection<long> blastIds, CancellationToken cancellationToken)
    {
        if (blastIds.Count == 0) return [];
        // The ids go in as one JSON parameter; json_each turns them into the IN list.
        var ids = System.Text.Json.JsonSerializer.Serialize(blastIds);
        var rows = await db.Database.SqlQuery<CostRow>(
                $"SELECT \"BlastId\", SUM(CAST(\"CostAmount\" AS REAL)) AS \"Amount\", MAX(\"CostCurrency\") AS \"Currency\" FROM \"Messages\" WHERE \"BlastId\" IN (SELECT value FROM json_each({ids})) AND \"CostAmount\" IS NOT NULL GROUP BY \"BlastId\"")
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.BlastId, r => new Cost(Math.Round((decimal)r.Amount, 6), r.Currency));
    }
}
