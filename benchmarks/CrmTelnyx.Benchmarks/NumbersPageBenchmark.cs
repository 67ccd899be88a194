using System.Diagnostics;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Times what the Numbers page runs for one page — <see cref="ListNumbers.ListAsync"/>: the numbers, their count and
/// their 30-day statistics (<see cref="NumberStats"/>) — over a real SQLite file holding 100,000 messages and 5,000
/// calls of 20 numbers spread over 90 days. "Cold" is the first page in a freshly built app (EF's model and query
/// cache, the connection and SQLite's page cache all empty); "warm" the median of later ones.
/// </summary>
public static class NumbersPageBenchmark
{
    private const int Numbers = 20;
    private const int Runs = 9;
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public static async Task RunAsync(string folder, int messages)
    {
        var calls = messages / 20;
        Console.WriteLine($"== Numbers page: {Numbers} numbers, {messages:N0} messages and {calls:N0} calls over 90 days, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
#if DEBUG
        Console.WriteLine("WARNING: Debug build; figures are only meaningful with -c Release.");
#endif
        var clock = Stopwatch.StartNew();
        await using (var seeding = await BenchmarkHost.CreateAsync(folder, AddNumberQueries))
            await SeedAsync(seeding, messages, calls);
        Console.WriteLine($"seeded         in {clock.Elapsed.TotalSeconds:F1} s; database {new FileInfo(Path.Combine(folder, "crm.db")).Length / 1024.0 / 1024.0:F1} MB");

        // A new host: nothing compiled or cached in this process's EF for these queries, the connection pool empty.
        await using var host = await BenchmarkHost.CreateAsync(folder, AddNumberQueries);
        await ExplainAsync(host);
        Console.WriteLine($"{"query",-48} {"cold ms",8} {"warm ms",8} {"warm CPU ms",11} {"rows",5} {"sent",7}");
        await TimeAsync(host, "first page of 25, by number", new NumberFilter(), new NumberSort());
        await TimeAsync(host, "first page of 25, by monthly cost descending", new NumberFilter(), new NumberSort(NumberSortKey.MonthlyCost, true));
        await TimeAsync(host, "state IL, voice, by status", new NumberFilter(State: "IL", Feature: NumberFeature.Voice), new NumberSort(NumberSortKey.Status));
        await TimeStatsAsync(host, "NumberStats alone, 20 numbers, 30 days", NumberStats.PageWindow);
        await TimeStatsAsync(host, "NumberStats alone, 20 numbers, 90 days", TimeSpan.FromDays(90));
    }

    private static void AddNumberQueries(IServiceCollection services)
    {
        services.AddScoped<NumberStats>();
        services.AddScoped<ListNumbers>();
        // CRM_BENCH_SQL=1 prints the SQL EF sends, to read it beside the plans.
        if (Environment.GetEnvironmentVariable("CRM_BENCH_SQL") == "1")
            services.AddLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information));
    }

    private static async Task SeedAsync(BenchmarkHost host, int messages, int calls)
    {
        var random = new Random(42);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var states = new[] { "IL", "NY", "CA", "TX" };
        var phones = Enumerable.Range(0, Numbers).Select(i => $"+1{new[] { "312", "212", "415", "512" }[i % 4]}555{i + 100:D4}").ToArray();
        for (var i = 0; i < Numbers; i++)
            db.CompanyNumbers.Add(new CompanyNumber
            {
                PhoneNumber = phones[i], TelnyxId = $"{1_000_000 + i}", State = states[i % 4], Kind = NumberKind.Local, CanSms = true, CanMms = true,
                CanVoice = i % 3 != 0, Status = i == Numbers - 1 ? NumberStatus.Released : NumberStatus.Active, MonthlyCost = 1m + i % 5 * 0.25m,
                CostCurrency = "USD", CreatedAt = Now.UtcDateTime, UpdatedAt = Now.UtcDateTime,
            });
        await db.SaveChangesAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var insert = new PreparedInsert<Message>(db))
            for (var i = 0; i < messages; i++)
            {
                var phone = phones[random.Next(Numbers)];
                var customer = $"+1630{random.Next(2_000_000, 9_999_999)}";
                var at = Now - TimeSpan.FromSeconds(random.NextDouble() * TimeSpan.FromDays(90).TotalSeconds);
                var outbound = random.NextDouble() < 0.7;
                var roll = random.NextDouble();
                await insert.InsertAsync(new Message
                {
                    Direction = outbound ? MessageDirection.Outbound : MessageDirection.Inbound,
                    From = outbound ? phone : customer,
                    To = outbound ? customer : phone,
                    Text = outbound ? "Your appointment is tomorrow at 10." : roll < 0.03 ? "STOP" : "Thanks, see you then",
                    Status = !outbound ? MessageStatuses.Received
                        : roll < 0.90 ? MessageStatuses.Delivered : roll < 0.96 ? MessageStatuses.DeliveryFailed : roll < 0.98 ? MessageStatuses.Sent : MessageStatuses.SendingFailed,
                    TelnyxMessageId = Guid.NewGuid().ToString(),
                    CreatedAt = at,
                }, CancellationToken.None);
            }
        await using (var insert = new PreparedInsert<Call>(db))
            for (var i = 0; i < calls; i++)
            {
                var phone = phones[random.Next(Numbers)];
                var customer = $"+1630{random.Next(2_000_000, 9_999_999)}";
                var outbound = random.NextDouble() < 0.5;
                await insert.InsertAsync(new Call
                {
                    CallControlId = $"v3:{Guid.NewGuid():N}",
                    Direction = outbound ? CallDirection.Outbound : CallDirection.Inbound,
                    From = outbound ? phone : customer,
                    To = outbound ? customer : phone,
                    Status = CallStatus.Ended,
                    StartedAt = (Now - TimeSpan.FromSeconds(random.NextDouble() * TimeSpan.FromDays(90).TotalSeconds)).UtcDateTime,
                }, CancellationToken.None);
            }
        await transaction.CommitAsync();
        // As the app's own maintenance would have, so SQLite's planner knows the indexes' selectivity.
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static async Task TimeAsync(BenchmarkHost host, string label, NumberFilter filter, NumberSort sort)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        double cold = 0;
        int rows = 0, sent = 0;
        for (var run = 0; run <= Runs; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var list = scope.ServiceProvider.GetRequiredService<ListNumbers>();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var page = await list.ListAsync(filter, sort, 0, 25);
            var ms = clock.Elapsed.TotalMilliseconds;
            if (run > 0) cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            rows = page.Rows.Count;
            sent = page.Rows.Sum(r => r.Last30Days.TextsSent);
            if (run == 0) cold = ms;
            else times.Add(ms);
        }
        Console.WriteLine($"{label,-48} {cold,8:F1} {Median(times),8:F1} {Median(cpu),11:F0} {rows,5} {sent,7:N0}");
    }

    private static async Task TimeStatsAsync(BenchmarkHost host, string label, TimeSpan window)
    {
        List<string> phones;
        await using (var scope = host.Services.CreateAsyncScope())
            phones = await scope.ServiceProvider.GetRequiredService<CrmDbContext>().CompanyNumbers.Select(n => n.PhoneNumber).ToListAsync();
        var times = new List<double>();
        var cpu = new List<double>();
        double cold = 0;
        var sent = 0;
        for (var run = 0; run <= Runs; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var stats = scope.ServiceProvider.GetRequiredService<NumberStats>();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = await stats.ForAsync(phones, window);
            var ms = clock.Elapsed.TotalMilliseconds;
            if (run > 0) cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            sent = result.Values.Sum(a => a.TextsSent);
            if (run == 0) cold = ms;
            else times.Add(ms);
        }
        Console.WriteLine($"{label,-48} {cold,8:F1} {Median(times),8:F1} {Median(cpu),11:F0} {phones.Count,5} {sent,7:N0}");
    }

    /// <summary>Prints SQLite's plan for the two message queries, to show which index each uses.</summary>
    private static async Task ExplainAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var since = (Now - NumberStats.PageWindow).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF");
        var phones = string.Join(", ", (await db.CompanyNumbers.Select(n => n.PhoneNumber).ToListAsync()).Select(p => $"'{p}'"));
        foreach (var (label, sql) in new[]
        {
            ("sent", $"SELECT \"From\", COUNT(*) FROM Messages WHERE Direction = 'Outbound' AND \"From\" IN ({phones}) AND CreatedAt >= '{since}' GROUP BY \"From\""),
            ("received", $"SELECT \"To\", COUNT(*) FROM Messages WHERE Direction = 'Inbound' AND \"To\" IN ({phones}) AND CreatedAt >= '{since}' GROUP BY \"To\""),
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            await using var reader = await command.ExecuteReaderAsync();
            var plan = new List<string>();
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
            Console.WriteLine($"plan ({label}): {string.Join(" / ", plan)}");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
