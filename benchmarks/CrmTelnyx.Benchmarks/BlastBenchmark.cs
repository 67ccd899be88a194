using System.Diagnostics;
using System.Text.Json;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Phones;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Issue 10's blast figures. materialise: <see cref="StartBlast"/> over N contacts (rendered, senders, suppression,
/// quiet hours, one transaction). dispatch: the app as a process sends a prepared blast to its built-in sandbox; the
/// figure is rows answered by Telnyx per second, first answer to last, with the engine's rate limits off or on.
/// </summary>
public static class BlastBenchmark
{
    // The sandbox's own numbers, so the app's sends are accepted.
    private static readonly string[] Senders = ["+13125550141", "+13125550142", "+17735550143"];

    public static async Task MaterialiseAsync(string folder, int recipients)
    {
        await using var host = await BenchmarkHost.CreateAsync(folder);
        await SeedAsync(host, recipients);
        // Warm JIT and EF's caches on a hand-picked 2,000, as in the running app.
        var warmUp = await BlastAsync(host, new BlastAudience { ContactIds = Enumerable.Range(1, 2_000).Select(i => (long)i).ToList() });
        await StartAsync(host, warmUp);

        var blastId = await BlastAsync(host, new BlastAudience());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await StartAsync(host, blastId);
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await using var scope = host.Services.CreateAsyncScope();
        var blast = await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Blasts.AsNoTracking().SingleAsync(b => b.Id == blastId);
        Console.WriteLine($"materialise    {recipients:N0} contacts → {blast.Recipients:N0} rows in {clock.Elapsed.TotalSeconds:F2} s "
            + $"({recipients / clock.Elapsed.TotalSeconds:N0} contacts/s, CPU {cpu.TotalSeconds:F1} s, load {Load()}); "
            + $"left out: {blast.SuppressedOptedOut:N0} opted out, {blast.SuppressedInvalid:N0} invalid, {blast.SuppressedDuplicate:N0} duplicate; "
            + $"{blast.EstimatedSegments:N0} parts, ${blast.EstimatedCost:N2}{(result.Error is null ? "" : "; ERROR " + result.Error)}");
    }

    public static async Task DispatchAsync(string folder, int messages, bool rateLimits)
    {
        long blastId;
        string database;
        await using (var host = await BenchmarkHost.CreateAsync(folder))
        {
            database = host.Services.GetRequiredService<DatabaseLocation>().DataSource;
            await SeedAsync(host, messages, optedOutEvery: 0);
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
                // Three senders at 20/s each, capped by the account's 50/s: the limits-on target is 50 texts/s.
                await db.TextingSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.LocalNumberMessagesPerSecond, 20).SetProperty(s => s.AccountMessagesPerSecond, 50));
            }
            blastId = await BlastAsync(host, new BlastAudience());
            await StartAsync(host, blastId);
            await using (var scope = host.Services.CreateAsyncScope())
            {
                // Sending is measured, not waiting for the recipients' morning.
                var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
                var now = DateTimeOffset.UtcNow;
                await db.Messages.Where(m => m.BlastId == blastId).ExecuteUpdateAsync(u => u.SetProperty(m => m.SendAfter, now));
            }
        }

        var target = rateLimits ? "limits on (3 senders × 20/s, account 50/s)" : "limits off";
        await using var app = await AppProcess.StartAsync(folder, browser: false, environment: new Dictionary<string, string>
        {
            ["Blasts__Engine__RateLimits"] = rateLimits ? "true" : "false",
            // The sandbox's own request budget would otherwise answer 429 after 10,000 requests a minute.
            ["Sandbox__RequestsPerWindow"] = "100000000",
            // Delivery webhooks come after the run: the figure is the dispatcher's, not the webhook intake's (measured apart).
            ["Sandbox__MessageSentDelayMs"] = "600000",
            ["Sandbox__MessageFinalizedDelayMs"] = "600000",
        });
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM Messages WHERE BlastId = {blastId} AND TelnyxMessageId IS NOT NULL";
        var clock = Stopwatch.StartNew();
        var cpuAtStart = app.CpuTime();
        TimeSpan? first = null;
        var samples = new List<(TimeSpan At, long Sent)>();
        while (true)
        {
            var sent = (long)(await count.ExecuteScalarAsync())!;
            if (sent > 0 && first is null) first = clock.Elapsed;
            samples.Add((clock.Elapsed, sent));
            if (sent >= messages) break;
            if (clock.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException($"Only {sent:N0} of {messages:N0} sent in 10 minutes.");
            await Task.Delay(100);
        }
        var cpu = app.CpuTime() - cpuAtStart;
        var seconds = (clock.Elapsed - first!.Value).TotalSeconds;
        var rate = messages / seconds;
        Console.WriteLine($"dispatch       {messages:N0} texts, {target}: {seconds:F1} s from first to last answer, {rate:N0} texts/s"
            + (rateLimits ? $" ({rate / 50:P0} of the 50/s limit)" : "") + $"; load {Load()}");
        // On a shared machine the wall figure says how busy it was; CPU per text says what sending costs (app and sandbox together).
        Console.WriteLine($"               app CPU {cpu.TotalSeconds:F1} s: {cpu.TotalMilliseconds / messages:F2} ms a text, "
            + $"so about {messages / cpu.TotalSeconds * Environment.ProcessorCount:N0} texts/s with all {Environment.ProcessorCount} cores to itself");
        // The steadiest stretch: the middle half of the run, free of start-up and the tail.
        var middle = samples.Where(s => s.Sent >= messages / 4 && s.Sent <= messages * 3 / 4).ToList();
        if (middle.Count > 1)
            Console.WriteLine($"               middle half: {(middle[^1].Sent - middle[0].Sent) / (middle[^1].At - middle[0].At).TotalSeconds:N0} texts/s");
    }

    private static async Task<StartBlast.Result> StartAsync(BenchmarkHost host, long blastId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var start = new StartBlast(scope.ServiceProvider.GetRequiredService<CrmDbContext>(), new BlastActivity(),
            scope.ServiceProvider.GetRequiredService<CrmTelnyx.Features.Billing.Budget.BlastBudgetHold>(), TimeProvider.System, NullLogger<StartBlast>.Instance);
        return await start.StartAsync(blastId);
    }

    private static async Task<long> BlastAsync(BenchmarkHost host, BlastAudience audience)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var blast = new Blast
        {
            Name = "Benchmark", Text = "Hi {firstName|there}, our {company} spring sale starts today: 20% off everything.", IsMarketing = true,
            AudienceJson = audience.ToJson(), SendersJson = JsonSerializer.Serialize(Senders), Rotation = RotationMode.LocalPresence,
            Status = BlastStatus.Scheduled, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Blasts.Add(blast);
        await db.SaveChangesAsync();
        return blast.Id;
    }

    /// <summary>Contacts over the real area codes (so quiet hours see many zones); every 100th opted out.</summary>
    private static async Task SeedAsync(BenchmarkHost host, int count, int optedOutEvery = 100)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var now = DateTime.UtcNow;
        foreach (var (number, i) in Senders.Select((n, i) => (n, i)))
            db.CompanyNumbers.Add(new CompanyNumber
            {
                PhoneNumber = number, State = "IL", Kind = NumberKind.Local, CanSms = true, CanMms = true, Status = NumberStatus.Active,
                TelnyxId = "bench" + i, CreatedAt = now, UpdatedAt = now, LastSyncedAt = now,
            });
        await db.SaveChangesAsync();

        var areaCodes = NanpAreaCodes.All.Where(a => a.Country == "US").Select(a => a.AreaCode).Order().ToList();
        var clock = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var insert = new PreparedInsert<Contact>(db))
        {
            for (var i = 0; i < count; i++)
            {
                var contact = new Contact
                {
                    FirstName = i % 10 == 0 ? "" : $"First{i}", LastName = $"Last{i}", Company = i % 3 == 0 ? null : $"Company {i % 500}",
                    Phone = $"+1{areaCodes[i % areaCodes.Count]}555{1000 + i / areaCodes.Count:0000}",
                    Consent = optedOutEvery > 0 && i % optedOutEvery == 0 ? ConsentStatus.OptedOut : ConsentStatus.OptedIn,
                    CreatedAt = now, UpdatedAt = now,
                };
                contact.State = NanpAreaCodes.ForE164(contact.Phone)?.Region;
                contact.RefreshSearchKeys();
                await insert.InsertAsync(contact, CancellationToken.None);
            }
        }
        await transaction.CommitAsync();
        Console.WriteLine($"seeded         {count:N0} contacts over {areaCodes.Count} area codes in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
