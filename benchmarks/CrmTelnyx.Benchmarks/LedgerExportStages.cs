using System.Diagnostics;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Export;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Benchmarks;

/// <summary>Where the ledger export's time goes, per line: stepping alone, then reading the columns, then the whole export.</summary>
public static class LedgerExportStages
{
    public static async Task RunAsync(string folder, int entries)
    {
        await using (var seeding = await BenchmarkHost.CreateAsync(folder))
            await LedgerExportBenchmark.SeedAsync(seeding, entries);
        await using var host = await BenchmarkHost.CreateAsync(folder);
        var zone = await LedgerExportBenchmark.ZoneAsync(host);
        var filter = new BillingFilter(BillingPeriod.Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), zone));
        for (var round = 0; round < 2; round++)
        {
            await StageAsync(host, "step only", filter, (lines, _) => 0);
            await StageAsync(host, "step + read columns", filter, (lines, _) =>
                lines.EntryId + lines.Type.Length + lines.Direction.Length + lines.CompanyNumber.Length + lines.State.Length + (lines.ContactId ?? 0)
                + lines.ContactName.Length + (lines.BlastId ?? 0) + lines.AgentUserId.Length + lines.Quantity + lines.AmountMicros + (lines.IsCorrection ? 1 : 0)
                + lines.TelnyxRecordId.Length + lines.Source.Length + lines.OccurredAt.Ticks);
            await StageAsync(host, "+ zone, names", filter, (lines, names) =>
                TimeZoneInfo.ConvertTime(new DateTimeOffset(lines.OccurredAt), zone).Ticks + names.Agent(lines.AgentUserId).Length + names.Blast(lines.BlastId).Length
                + LedgerTypeNames.Name(lines.Type).Length + LedgerTypeNames.Direction(lines.Direction).Length);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var names = await LedgerNames.ReadAsync(db, default);
            var (clock, cpu) = Start();
            await using (var csv = ExcelSafeCsv.Create(Stream.Null))
            {
                var count = await LedgerCsvExport.WriteAsync(csv, db, filter, names, default);
                Report("whole export", count, clock, cpu);
            }
        }
    }

    private static async Task StageAsync(BenchmarkHost host, string stage, BillingFilter filter, Func<LedgerLineReader, LedgerNames, long> read)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var names = await LedgerNames.ReadAsync(db, default);
        await db.Database.OpenConnectionAsync();
        var (clock, cpu) = Start();
        long count = 0, sum = 0;
        using (var lines = LedgerLineReader.Open(db, filter))
            while (lines.Read())
            {
                sum += read(lines, names);
                count++;
            }
        Report(stage, count, clock, cpu);
        GC.KeepAlive(sum);
    }

    private static (Stopwatch, TimeSpan) Start() => (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);

    private static void Report(string stage, long count, Stopwatch clock, TimeSpan cpu)
    {
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{stage,-22} {count:N0} lines: wall {clock.Elapsed.TotalSeconds:F2} s, CPU {used.TotalSeconds:F2} s = {used.TotalMicroseconds / count:F2} µs/line");
    }
}
