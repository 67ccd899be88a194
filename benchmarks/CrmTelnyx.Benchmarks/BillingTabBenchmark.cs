using System.Diagnostics;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// The Billing tab's query (<see cref="BillingQuery.ReadAsync"/>: totals, the per-day chart, per number, state, blast and
/// agent) over a year holding 1,000,000 ledger entries (issue 12: under 300 ms for a month and for the year). Seeds as
/// <see cref="LedgerExportBenchmark"/> does, then times each view as the median of several runs after a warm-up, a fresh
/// DbContext per run as a page would have. Last, the cost of writing entries: 100,000 more inserted in a transaction that
/// is rolled back, with the ledger's triggers and then without them. Between, each view's query plans, the year again
/// with no SQLite statistics, and what rebuilding the day roll-ups for another zone costs.
/// </summary>
public static class BillingTabBenchmark
{
    private const int Runs = 7, WarmUps = 2;

    public static async Task RunAsync(string folder, int entries)
    {
        Console.WriteLine($"== Billing tab query: {entries:N0} entries over 2026, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
#if DEBUG
        Console.WriteLine("WARNING: Debug build; figures are only meaningful with -c Release.");
#endif
        var clock = Stopwatch.StartNew();
        await using (var seeding = await BenchmarkHost.CreateAsync(folder))
            await LedgerExportBenchmark.SeedAsync(seeding, entries);
        Console.WriteLine($"seeded         in {clock.Elapsed.TotalSeconds:F1} s; database {new FileInfo(Path.Combine(folder, "crm.db")).Length / 1024.0 / 1024.0:F1} MB");

        var capture = new SqlCapture();
        await using var host = await BenchmarkHost.CreateAsync(folder, services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(capture));
        await PrintRollUpSizeAsync(host);
        await PrintStatisticsAsync(host);
        var zone = await LedgerExportBenchmark.ZoneAsync(host);
        var month = BillingPeriod.Days(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), zone);
        var year = BillingPeriod.Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), zone);
        var (blast, agent) = await SomeBlastAndAgentAsync(host);
        foreach (var (name, period) in new[] { ("month", month), ("year", year) })
        {
            var filters = new (string Name, BillingFilter Filter)[]
            {
                ("unfiltered", new BillingFilter(period)),
                ("number", new BillingFilter(period) { CompanyNumber = "+13125550100" }),
                ("state", new BillingFilter(period) { State = "TX" }),
                ("type+direction", new BillingFilter(period) { Type = BillingType.Sms, Direction = LedgerDirection.Outbound }),
                ("blast", new BillingFilter(period) { BlastId = blast }),
                ("agent", new BillingFilter(period) { AgentUserId = agent }),
            };
            foreach (var (filterName, filter) in filters)
                await TimeAsync(host, $"{name,-5} {filterName}", filter);
            foreach (var (filterName, filter) in filters)
                await ExplainAsync(host, capture, $"{name,-5} {filterName}", filter);
        }

        // A database that grew large before its statistics were gathered (the job runs 30 s after start, then every 6 hours): the year again without any.
        await DropStatisticsAsync(host);
        foreach (var (filterName, filter) in new (string, BillingFilter)[]
        {
            ("unfiltered", new BillingFilter(year)),
            ("number", new BillingFilter(year) { CompanyNumber = "+13125550100" }),
            ("state", new BillingFilter(year) { State = "TX" }),
            ("type+direction", new BillingFilter(year) { Type = BillingType.Sms, Direction = LedgerDirection.Outbound }),
            ("blast", new BillingFilter(year) { BlastId = blast }),
            ("agent", new BillingFilter(year) { AgentUserId = agent }),
        })
        {
            await TimeAsync(host, $"year {filterName} (no stats)", filter);
            await ExplainAsync(host, capture, $"year {filterName} (no stats)", filter);
        }

        await RebuildCostAsync(host, zone);
        await InsertCostAsync(host, 100_000);
    }

    /// <summary>SQLite's plan for each ledger or roll-up query one <see cref="BillingQuery.ReadAsync"/> sends (EF's own SQL, captured).</summary>
    private static async Task ExplainAsync(BenchmarkHost host, SqlCapture capture, string label, BillingFilter filter)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        capture.Commands.Clear();
        capture.On = true;
        try { await new BillingQuery(db).ReadAsync(filter); }
        finally { capture.On = false; }
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        Console.WriteLine($"plan  {label}:");
        foreach (var command in capture.Commands.Where(c => c.Text.Contains("\"Ledger") && !c.Text.Contains("\"LedgerDayZone\"")))
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
            foreach (var (name, value) in command.Parameters) explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            var steps = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
                while (await reader.ReadAsync()) steps.Add(reader.GetString(3));
            var from = command.Text.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("FROM"))?.Trim() ?? "";
            Console.WriteLine($"      {from}: {string.Join(" | ", steps)}");
        }
    }

    private static async Task DropStatisticsAsync(BenchmarkHost host)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1; ANALYZE sqlite_schema;");
        }
        // Statistics are read when a connection opens.
        SqliteConnection.ClearAllPools();
    }

    /// <summary>What a change of the company's zone costs: the day starts and every day roll-up rebuilt, in a transaction rolled back.</summary>
    private static async Task RebuildCostAsync(BenchmarkHost host, TimeZoneInfo zone)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var other = TimeZoneInfo.FindSystemTimeZoneById(zone.Id == "America/Los_Angeles" ? "America/New_York" : "America/Los_Angeles");
        await using var transaction = await db.Database.BeginTransactionAsync();
        var clock = Stopwatch.StartNew();
        await new CrmTelnyx.Features.Billing.Ledger.Days.RebuildLedgerDays(db, TimeProvider.System).RebuildAsync(other);
        clock.Stop();
        await transaction.RollbackAsync();
        Console.WriteLine($"rebuild        day roll-ups for {other.Id}: {clock.Elapsed.TotalSeconds:F2} s");
    }

    private static async Task TimeAsync(BenchmarkHost host, string label, BillingFilter filter)
    {
        var times = new List<double>();
        BillingQuery.View? view = null;
        for (var run = 0; run < WarmUps + Runs; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var query = new BillingQuery(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
            var clock = Stopwatch.StartNew();
            view = await query.ReadAsync(filter);
            if (run >= WarmUps) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{label,-22} median {times[times.Count / 2],7:F1} ms (min {times[0]:F1}, max {times[^1]:F1}); "
            + $"{view!.Texts.Count + view.Calls.Count + view.Fees.Count:N0} entries counted, ${view.All:N2}");
    }

    private static async Task<(long Blast, string Agent)> SomeBlastAndAgentAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return (await db.Blasts.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync(),
            await db.LedgerEntries.Where(e => e.AgentUserId != null).OrderBy(e => e.Id).Select(e => e.AgentUserId!).FirstAsync());
    }

    /// <summary>SQLite's statistics for the ledger and its roll-ups after the seed's ANALYZE (what the planner goes by).</summary>
    private static async Task PrintStatisticsAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var rows = await db.Database.SqlQueryRaw<string>("SELECT tbl || ' ' || COALESCE(idx, '-') || ' ' || stat AS Value FROM sqlite_stat1 WHERE tbl LIKE 'Ledger%' ORDER BY tbl, idx").ToListAsync();
        foreach (var row in rows) Console.WriteLine($"stat1          {row}");
    }

    /// <summary>The roll-up tables' rows and bytes (through SQLite's dbstat), when there are any.</summary>
    private static async Task PrintRollUpSizeAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND (tbl_name LIKE 'LedgerHour%' OR tbl_name LIKE 'Ledger%Day%' OR tbl_name = 'LedgerEntries') ORDER BY name";
        var names = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        foreach (var name in names)
        {
            command.CommandText = $"SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = '{name}'";
            long bytes;
            try { bytes = (long)(await command.ExecuteScalarAsync())!; }
            catch (SqliteException) { bytes = -1; } // dbstat is compiled in with most builds, not all
            command.CommandText = $"SELECT type FROM sqlite_master WHERE name = '{name}'";
            var type = (string)(await command.ExecuteScalarAsync())!;
            var rows = "";
            if (type == "table")
            {
                command.CommandText = $"SELECT COUNT(*) FROM \"{name}\"";
                rows = $"{(long)(await command.ExecuteScalarAsync())!:N0} rows, ";
            }
            Console.WriteLine($"size           {type} {name}: {rows}{(bytes < 0 ? "bytes unknown (no dbstat in this SQLite build)" : $"{bytes / 1024.0 / 1024.0:F1} MB")}");
        }
    }

    /// <summary>
    /// What writing entries costs: <paramref name="count"/> entries through one prepared insert, in a transaction rolled
    /// back afterwards; once with the ledger's triggers, once with them dropped (inside the same rolled-back transaction).
    /// </summary>
    private static async Task InsertCostAsync(BenchmarkHost host, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var blastIds = await db.Blasts.Select(b => b.Id).ToArrayAsync();
        var agentIds = await db.Users.Select(u => u.Id).ToArrayAsync();
        var contactIds = await db.Contacts.Select(c => c.Id).Take(10_000).ToArrayAsync();
        var triggers = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'LedgerEntries'").ToListAsync();
        foreach (var withTriggers in new[] { true, false })
        {
            if (!withTriggers && triggers.Count == 0) break;
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (!withTriggers)
                foreach (var drop in triggers.Select(t => $"DROP TRIGGER \"{t}\""))
                    await db.Database.ExecuteSqlRawAsync(drop); // names read from sqlite_master above
            var clock = Stopwatch.StartNew();
            await LedgerExportBenchmark.InsertEntriesAsync(db, count, new Random(99), blastIds, agentIds, contactIds, withTriggers ? "insert-on" : "insert-off");
            clock.Stop();
            await transaction.RollbackAsync();
            Console.WriteLine($"insert         {count:N0} entries {(withTriggers ? $"with triggers ({(triggers.Count == 0 ? "none" : string.Join(", ", triggers))})" : "without triggers")}: "
                + $"{clock.Elapsed.TotalSeconds:F2} s, {count / clock.Elapsed.TotalSeconds:N0} entries/s");
        }
    }
}
