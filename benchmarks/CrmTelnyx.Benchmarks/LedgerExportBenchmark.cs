using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Export;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// The Billing tab's ledger CSV over a year holding 1,000,000 ledger entries (issue 12: at least 200,000 lines/s, flat
/// memory). It fills a fresh SQLite file through the app's migrations, then streams the year twice: in-process through
/// <see cref="LedgerCsvExport.WriteAsync"/> (EF's SQL stepped through SQLite by <see cref="LedgerLineReader"/>) into a
/// counting null stream (this process's working set and managed heap sampled), and through the real endpoint of the app
/// running as its own process (Kestrel, sign-in, authorization), read by an HTTP client here while the app's resident
/// memory and CPU time are sampled.
/// </summary>
public static class LedgerExportBenchmark
{
    private const int Numbers = 20, Contacts = 10_000, Blasts = 20, Agents = 10;
    private static readonly DateOnly First = new(2026, 1, 1), Last = new(2026, 12, 31);

    public static async Task RunAsync(string folder, int entries)
    {
        Console.WriteLine($"== Billing ledger CSV: {entries:N0} entries over {First:yyyy}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
#if DEBUG
        Console.WriteLine("WARNING: Debug build; figures are only meaningful with -c Release.");
#endif
        var clock = Stopwatch.StartNew();
        await using (var seeding = await BenchmarkHost.CreateAsync(folder))
            await SeedAsync(seeding, entries);
        Console.WriteLine($"seeded         in {clock.Elapsed.TotalSeconds:F1} s; database {new FileInfo(Path.Combine(folder, "crm.db")).Length / 1024.0 / 1024.0:F1} MB");

        await using (var host = await BenchmarkHost.CreateAsync(folder))
        {
            await ExplainAsync(host);
            // JIT (up to its optimised tier), EF's query cache and SQLite's connection: a month first, not measured, as in a server that has run a while.
            await InProcessAsync(host, BillingPeriod.Days(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), await ZoneAsync(host)), report: false);
            // The year twice: the first pass still runs some code the month did not bring to the JIT's optimised tier.
            await InProcessAsync(host, BillingPeriod.Days(First, Last, await ZoneAsync(host)), report: true);
            await InProcessAsync(host, BillingPeriod.Days(First, Last, await ZoneAsync(host)), report: true);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await ThroughKestrelAsync(folder);
    }

    internal static async Task<TimeZoneInfo> ZoneAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await CompanyClock.ZoneAsync(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    /// <summary>A year of <paramref name="entries"/> ledger entries over 20 numbers, 4 states, 20 blasts and 10 agents (also the Billing tab benchmark's data).</summary>
    internal static async Task SeedAsync(BenchmarkHost host, int entries)
    {
        var random = new Random(12);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var agents = Enumerable.Range(0, Agents).Select(i => new AppUser
        {
            UserName = $"agent{i}@bench.test", NormalizedUserName = $"AGENT{i}@BENCH.TEST", Email = $"agent{i}@bench.test", DisplayName = $"Agent {i}",
            SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(agents);
        var blasts = Enumerable.Range(0, Blasts).Select(i => new Blast { Name = $"Blast {i}", Text = "Sale today", AudienceJson = "{}", SendersJson = "[]" }).ToList();
        db.Blasts.AddRange(blasts);
        await db.SaveChangesAsync();

        var states = new[] { "IL", "NY", "CA", "TX" };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var contactIds = new long[Contacts];
        await using (var insert = new PreparedInsert<Contact>(db))
            for (var i = 0; i < Contacts; i++)
                contactIds[i] = await insert.InsertAsync(new Contact
                {
                    FirstName = $"First{i}", LastName = $"Last{i}", Phone = $"+1630{2_000_000 + i}", State = states[i % 4],
                    CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                }, CancellationToken.None);

        await InsertEntriesAsync(db, entries, random, blasts.Select(b => b.Id).ToArray(), agents.Select(a => a.Id).ToArray(), contactIds, "bench");
        await transaction.CommitAsync();
        // As the app's own maintenance would have, so SQLite's planner knows the indexes' selectivity.
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    /// <summary>
    /// Inserts <paramref name="entries"/> entries spread over 2026 through one prepared statement, inside the context's
    /// current transaction; <paramref name="tag"/> keeps their sources apart from another batch's.
    /// </summary>
    internal static async Task InsertEntriesAsync(CrmDbContext db, int entries, Random random, long[] blastIds, string[] agentIds, long[] contactIds, string tag)
    {
        var phones = Enumerable.Range(0, Numbers).Select(i => $"+1{new[] { "312", "212", "415", "512" }[i % 4]}555{i + 100:D4}").ToArray();
        var states = new[] { "IL", "NY", "CA", "TX" };
        // Entries arrive roughly in time order (a cost is entered when it is known), a few late, as in the app.
        var start = new DateTime(2026, 1, 1, 6, 0, 0, DateTimeKind.Utc);
        var step = (new DateTime(2027, 1, 1, 4, 0, 0, DateTimeKind.Utc) - start).Ticks / entries;
        await using (var insert = new PreparedInsert<LedgerEntry>(db))
            for (var i = 0; i < entries; i++)
            {
                var roll = random.NextDouble();
                var type = roll < 0.70 ? LedgerEntryType.Sms : roll < 0.75 ? LedgerEntryType.Mms : roll < 0.99 ? LedgerEntryType.Call
                    : roll < 0.995 ? LedgerEntryType.NumberMonthly : LedgerEntryType.NumberUpfront;
                var fee = type is LedgerEntryType.NumberMonthly or LedgerEntryType.NumberUpfront;
                var correction = !fee && random.NextDouble() < 0.03;
                var number = phones[random.Next(Numbers)];
                var at = start.AddTicks(step * i + (long)(random.NextDouble() * TimeSpan.TicksPerHour));
                var quantity = type == LedgerEntryType.Call ? random.Next(6, 600) : fee ? 1 : random.Next(1, 4);
                var micros = type switch
                {
                    LedgerEntryType.Call => quantity * 117L,
                    LedgerEntryType.Mms => 15_000L,
                    LedgerEntryType.Sms => quantity * 4_000L,
                    _ => 1_000_000L,
                };
                await insert.InsertAsync(new LedgerEntry
                {
                    Source = type == LedgerEntryType.Call ? $"call-leg:v3:{tag}-{i}" : fee ? $"number-fee:{tag}-{i}" : $"text:{tag}-{i}",
                    IsCorrection = correction,
                    OccurredAt = at,
                    Type = type,
                    Direction = fee ? null : random.NextDouble() < 0.7 ? LedgerDirection.Outbound : LedgerDirection.Inbound,
                    CompanyNumber = number,
                    State = states[random.Next(4)],
                    ContactId = fee || random.NextDouble() < 0.3 ? null : contactIds[random.Next(contactIds.Length)],
                    BlastId = type is LedgerEntryType.Sms or LedgerEntryType.Mms && random.NextDouble() < 0.3 ? blastIds[random.Next(blastIds.Length)] : null,
                    AgentUserId = type == LedgerEntryType.Call ? agentIds[random.Next(agentIds.Length)] : null,
                    Quantity = correction ? -1 : quantity,
                    AmountMicros = correction ? -2_500 : micros,
                    TelnyxRecordId = $"{tag}-{i}",
                    RecordedAt = at,
                }, CancellationToken.None);
            }
    }

    /// <summary>SQLite's plan for the export's query: it should walk the OccurredAt index in order, no sort, primary-key lookups for the names.</summary>
    private static async Task ExplainAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var filter = new BillingFilter(BillingPeriod.Days(First, Last, await CompanyClock.ZoneAsync(db)));
        var sql = LedgerLine.Of(db, filter).ToQueryString();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        // ToQueryString puts the parameters first as ".param set @name value" lines.
        foreach (var line in sql.Split('\n').Where(l => l.StartsWith(".param set ")))
        {
            var parts = line[".param set ".Length..].Trim().Split(' ', 2);
            explain.Parameters.AddWithValue(parts[0], parts[1].Trim('\''));
        }
        explain.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith(".param")));
        await using var reader = await explain.ExecuteReaderAsync();
        Console.WriteLine("plan:");
        while (await reader.ReadAsync()) Console.WriteLine($"  {reader.GetString(3)}");
    }

    private static async Task InProcessAsync(BenchmarkHost host, BillingPeriod period, bool report)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var output = new CountingNullStream();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var gen0 = GC.CollectionCount(0);
        using var sampler = new MemorySampler(() => 0);
        var clock = Stopwatch.StartNew();
        long lines;
        var names = await LedgerNames.ReadAsync(db, CancellationToken.None);
        await using (var csv = ExcelSafeCsv.Create(output))
            lines = await LedgerCsvExport.WriteAsync(csv, db, new BillingFilter(period), names, CancellationToken.None);
        clock.Stop();
        var samples = sampler.Stop();
        process.Refresh();
        if (!report) return;
        var cpuUsed = process.TotalProcessorTime - cpu;
        Console.WriteLine($"in-process     {lines:N0} lines, {output.Bytes / 1024.0 / 1024.0:F0} MB of CSV in {clock.Elapsed.TotalSeconds:F2} s: "
            + $"{lines / clock.Elapsed.TotalSeconds:N0} lines/s; CPU {cpuUsed.TotalSeconds:F2} s ({lines / cpuUsed.TotalSeconds:N0} lines per CPU-second); {GC.CollectionCount(0) - gen0} gen-0 GCs");
        Console.WriteLine($"               managed heap before {heapBefore / 1024.0 / 1024.0:F1} MB, peak {samples.Max(s => s.ManagedHeap) / 1024.0 / 1024.0:F1} MB; "
            + $"working set first {samples[0].WorkingSet / 1024.0 / 1024.0:F0} MB, peak {samples.Max(s => s.WorkingSet) / 1024.0 / 1024.0:F0} MB, last {samples[^1].WorkingSet / 1024.0 / 1024.0:F0} MB");
        PrintTimeline(samples.Select(s => (s.At, s.WorkingSet, (long?)s.ManagedHeap)).ToList());
    }

    private static async Task ThroughKestrelAsync(string folder)
    {
        await using var app = await AppProcess.StartAsync(folder, browser: false);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(10),
        };
        await SignInAsync(http);
        var year = BillingExports.LedgerPath + $"?from={First:yyyy-MM-dd}&to={Last:yyyy-MM-dd}";
        // The same warm-up through the endpoint, and a pause for the app's start-up work (search index, sweeps) to finish.
        await DownloadAsync(http, BillingExports.LedgerPath + "?from=2026-06-01&to=2026-06-30");
        await Task.Delay(TimeSpan.FromSeconds(10));

        // Twice, as in-process: the second download is the app's steady state.
        for (var pass = 0; pass < 2; pass++)
            await MeasuredDownloadAsync(app, http, year);
    }

    private static async Task MeasuredDownloadAsync(AppProcess app, HttpClient http, string year)
    {
        var rssBefore = app.ResidentBytes();
        var cpu = app.CpuTime();
        var samples = new List<(TimeSpan At, long Rss)>();
        var clock = Stopwatch.StartNew();
        using var timer = new Timer(_ => { lock (samples) samples.Add((clock.Elapsed, app.ResidentBytes())); }, null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
        var (lines, bytes) = await DownloadAsync(http, year);
        clock.Stop();
        await timer.DisposeAsync();
        var cpuUsed = app.CpuTime() - cpu;
        List<(TimeSpan At, long Rss)> taken;
        lock (samples) taken = samples.ToList();
        Console.WriteLine($"through Kestrel {lines - 1:N0} lines (+ header), {bytes / 1024.0 / 1024.0:F0} MB in {clock.Elapsed.TotalSeconds:F2} s: {(lines - 1) / clock.Elapsed.TotalSeconds:N0} lines/s; "
            + $"app CPU {cpuUsed.TotalSeconds:F2} s");
        Console.WriteLine($"               app resident memory before {rssBefore / 1024.0 / 1024.0:F0} MB, peak {taken.Max(s => s.Rss) / 1024.0 / 1024.0:F0} MB, "
            + $"after {app.ResidentBytes() / 1024.0 / 1024.0:F0} MB");
        PrintTimeline(taken.Select(s => (s.At, s.Rss, (long?)null)).ToList());
    }

    /// <summary>Signs in as the benchmark's admin through the login form: its hidden fields (antiforgery, handler) and the credentials.</summary>
    private static async Task SignInAsync(HttpClient http)
    {
        var page = await http.GetStringAsync("/account/login");
        var fields = Regex.Matches(page, "<input[^>]*type=\"hidden\"[^>]*>")
            .Select(m => (Name: Regex.Match(m.Value, "name=\"([^\"]*)\"").Groups[1].Value, Value: WebUtility.HtmlDecode(Regex.Match(m.Value, "value=\"([^\"]*)\"").Groups[1].Value)))
            .Where(f => f.Name.Length > 0)
            .Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("Input.Email", AppProcess.AdminEmail))
            .Append(new("Input.Password", AppProcess.AdminPassword));
        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
    }

    private static async Task<(long Lines, long Bytes)> DownloadAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long lines = 0, bytes = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return (lines, bytes);
    }

    private static void PrintTimeline(IReadOnlyList<(TimeSpan At, long WorkingSet, long? Heap)> samples)
    {
        var every = Math.Max(1, samples.Count / 8);
        var points = samples.Where((_, i) => i % every == 0).Append(samples[^1]).Distinct()
            .Select(s => $"{s.At.TotalSeconds:F1}s {s.WorkingSet / 1024.0 / 1024.0:F0}" + (s.Heap is { } h ? $"/{h / 1024.0 / 1024.0:F0}" : "") + " MB");
        Console.WriteLine($"               timeline ({(samples[0].Heap is null ? "resident" : "working set/heap")}): {string.Join(", ", points)}");
    }

    /// <summary>Where the in-process export writes: counts the bytes, keeps none.</summary>
    private sealed class CountingNullStream : Stream
    {
        public long Bytes { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Bytes;
        public override long Position { get => Bytes; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Bytes += count;
        public override void Write(ReadOnlySpan<byte> buffer) => Bytes += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Bytes += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
