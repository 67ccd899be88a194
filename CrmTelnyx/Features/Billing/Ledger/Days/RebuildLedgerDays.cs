using System.Globalization;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CrmTelnyx.Features.Billing.Ledger.Days;

/// <summary>
/// Builds the day roll-ups for a time zone: writes its day starts, then adds the whole ledger up again per company day, in
/// the caller's transaction (or its own), so nobody sees half a roll-up or the old days with the new zone. A few seconds at
/// a million entries; only when the company's zone changes, or at start-up when the roll-ups were built for another zone.
/// </summary>
public sealed class RebuildLedgerDays(CrmDbContext db, TimeProvider time)
{
    /// <summary>At start-up: builds the roll-ups when they are missing (a new or upgraded database) or for another zone.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken = default)
    {
        var zone = await CompanyClock.ZoneAsync(db, cancellationToken);
        var built = await db.LedgerDayZone.AsNoTracking().Select(z => z.ZoneId).SingleOrDefaultAsync(cancellationToken);
        if (built == zone.Id) return false;
        await RebuildAsync(zone, cancellationToken);
        return true;
    }

    public async Task RebuildAsync(TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            await WriteDayStartsAsync(zone, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(SumLedgerSql, cancellationToken);
            await db.LedgerDayZone.ExecuteDeleteAsync(cancellationToken);
            db.LedgerDayZone.Add(new LedgerDayZone { ZoneId = zone.Id, BuiltAt = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(LedgerRollUpStatisticsJob.Sql, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
        }
    }

    /// <summary>About 37,000 rows through one prepared insert: EF's batching would build them as objects and parameters first.</summary>
    private async Task WriteDayStartsAsync(TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "LedgerDayStarts";""", cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var insert = connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        insert.CommandText = """INSERT INTO "LedgerDayStarts" ("StartsAt", "Day") VALUES ($startsAt, $day)""";
        var startsAt = insert.Parameters.Add("$startsAt", SqliteType.Text);
        var day = insert.Parameters.Add("$day", SqliteType.Text);
        foreach (var start in CompanyDays.Starts(zone))
        {
            // The text forms EF writes DateTime and DateOnly in, which the trigger compares and copies as text.
            startsAt.Value = start.StartsAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            day.Value = start.Day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Each entry's day is the last start at or before it (its time cut to whole seconds, 'T' read as a space, as the
    /// trigger does); entries outside the covered days have none and are left out. The tables are emptied first, so each
    /// group is one new row.
    /// </summary>
    private const string SumLedgerSql = """
        DELETE FROM "LedgerDays";
        DELETE FROM "LedgerBlastDays";
        DELETE FROM "LedgerAgentDays";
        INSERT INTO "LedgerDays" ("Day", "Type", "Direction", "CompanyNumber", "State", "Entries", "Quantity", "AmountMicros")
        SELECT "Day", "Type", "Direction", "CompanyNumber", "State", SUM("First"), SUM("Quantity"), SUM("AmountMicros")
        FROM (SELECT (SELECT s."Day" FROM "LedgerDayStarts" s WHERE s."StartsAt" <= replace(substr(e."OccurredAt", 1, 19), 'T', ' ') ORDER BY s."StartsAt" DESC LIMIT 1) AS "Day",
                e."Type", COALESCE(e."Direction", '') AS "Direction", COALESCE(e."CompanyNumber", '') AS "CompanyNumber", COALESCE(e."State", '') AS "State",
                CASE WHEN e."IsCorrection" THEN 0 ELSE 1 END AS "First", e."Quantity", e."AmountMicros"
            FROM "LedgerEntries" e)
        WHERE "Day" IS NOT NULL
        GROUP BY "Day", "Type", "Direction", "CompanyNumber", "State";
        INSERT INTO "LedgerBlastDays" ("BlastId", "Day", "Type", "Direction", "Entries", "Quantity", "AmountMicros")
        SELECT "BlastId", "Day", "Type", "Direction", SUM("First"), SUM("Quantity"), SUM("AmountMicros")
        FROM (SELECT e."BlastId", (SELECT s."Day" FROM "LedgerDayStarts" s WHERE s."StartsAt" <= replace(substr(e."OccurredAt", 1, 19), 'T', ' ') ORDER BY s."StartsAt" DESC LIMIT 1) AS "Day",
                e."Type", COALESCE(e."Direction", '') AS "Direction", CASE WHEN e."IsCorrection" THEN 0 ELSE 1 END AS "First", e."Quantity", e."AmountMicros"
            FROM "LedgerEntries" e WHERE e."BlastId" IS NOT NULL)
        WHERE "Day" IS NOT NULL
        GROUP BY "BlastId", "Day", "Type", "Direction";
        INSERT INTO "LedgerAgentDays" ("AgentUserId", "Day", "Type", "Direction", "Entries", "Quantity", "AmountMicros")
        SELECT "AgentUserId", "Day", "Type", "Direction", SUM("First"), SUM("Quantity"), SUM("AmountMicros")
        FROM (SELECT e."AgentUserId", (SELECT s."Day" FROM "LedgerDayStarts" s WHERE s."StartsAt" <= replace(substr(e."OccurredAt", 1, 19), 'T', ' ') ORDER BY s."StartsAt" DESC LIMIT 1) AS "Day",
                e."Type", COALESCE(e."Direction", '') AS "Direction", CASE WHEN e."IsCorrection" THEN 0 ELSE 1 END AS "First", e."Quantity", e."AmountMicros"
            FROM "LedgerEntries" e WHERE e."AgentUserId" IS NOT NULL)
        WHERE "Day" IS NOT NULL
        GROUP BY "AgentUserId", "Day", "Type", "Direction";
        """;
}
