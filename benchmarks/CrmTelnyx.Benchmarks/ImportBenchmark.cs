using System.Diagnostics;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts.Import;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Imports a CSV through the same steps as the upload screen: inspect and propose a mapping (the upload endpoint),
/// then <see cref="ContactImportRunner.RunAsync"/> (the import worker), printing throughput and memory.
/// </summary>
public static class ImportBenchmark
{
    public static async Task<ContactImport> RunAsync(BenchmarkHost host, string csvPath, DuplicateMode duplicates, string title, bool report = true)
    {
        var log = report ? Console.Out : TextWriter.Null;
        log.WriteLine($"== {title}");
        // The runner deletes the uploaded file when done, as the app does: import a copy.
        var stored = Path.Combine(host.DataFolder, "imports", $"{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(stored)!);
        File.Copy(csvPath, stored);

        var inspectClock = Stopwatch.StartNew();
        var inspection = CsvFileInspector.Inspect(stored, Path.GetFileName(csvPath));
        var mapping = ColumnMappingDetector.Propose(inspection.Headers);
        inspectClock.Stop();
        log.WriteLine($"upload check   {inspection.RowCount:N0} rows, delimiter '{inspection.Delimiter}', inspected in {inspectClock.Elapsed.TotalSeconds:F2} s");
        log.WriteLine($"mapping        {string.Join(", ", inspection.Headers.Zip(mapping, (h, f) => $"{h}→{(f.Length == 0 ? "ignore" : f)}"))}");

        var import = new ContactImport
        {
            Id = Guid.NewGuid(),
            FileName = Path.GetFileName(csvPath),
            StoredPath = stored,
            Delimiter = inspection.Delimiter,
            Headers = inspection.Headers,
            Mapping = mapping,
            TotalRows = inspection.RowCount,
            Duplicates = duplicates,
            ConsentGiven = true,
            Status = ImportStatus.Queued,
            CreatedBy = "benchmark@crmtelnyx.test",
            CreatedAt = DateTime.UtcNow,
        };
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            db.ContactImports.Add(import);
            await db.SaveChangesAsync();
        }

        GC.Collect();
        host.Progress.Reset();
        var before = Process.GetCurrentProcess().WorkingSet64;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var sampler = new MemorySampler(() => host.Progress.Percent);
        var clock = Stopwatch.StartNew();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // A fresh scope per import, as ContactImportWorker does.
            await scope.ServiceProvider.GetRequiredService<ContactImportRunner>().RunAsync(import.Id, CancellationToken.None);
        }
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var samples = sampler.Stop();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            import = await db.ContactImports.AsNoTracking().SingleAsync(i => i.Id == import.Id);
        }
        if (report)
        {
            Print(import, clock.Elapsed, cpu, before, samples);
            await PrintStoredAsync(host);
        }
        return import;
    }

    private static void Print(ContactImport import, TimeSpan elapsed, TimeSpan cpu, long workingSetBefore, IReadOnlyList<MemorySampler.Sample> samples)
    {
        var seconds = elapsed.TotalSeconds;
        Console.WriteLine($"status         {import.Status}{(import.Error is null ? "" : ": " + import.Error)}");
        Console.WriteLine($"rows           {import.ProcessedRows:N0} in {seconds:F2} s = {import.ProcessedRows / seconds:N0} rows/s");
        // Other work on a shared machine stretches wall time; the CPU this process used says what the import costs.
        Console.WriteLine($"cpu            {cpu.TotalSeconds:F2} s of CPU ({cpu.TotalSeconds / seconds:P0} of one core); load average {LoadAverage()}");
        Console.WriteLine($"outcome        imported {import.Imported:N0}, updated {import.Updated:N0}, skipped {import.Skipped:N0}, rejected {import.Rejected:N0}");
        Console.WriteLine($"working set    before {Mb(workingSetBefore)}, max during import {Mb(samples.Max(s => s.WorkingSet))}, process peak {Mb(Process.GetCurrentProcess().PeakWorkingSet64)}");
        Console.WriteLine($"managed heap   max sampled {Mb(samples.Max(s => s.ManagedHeap))}, after import {Mb(GC.GetTotalMemory(forceFullCollection: false))}, after full GC {Mb(GC.GetTotalMemory(forceFullCollection: true))}");
        Console.WriteLine($"memory trend   {samples.Count} samples every 100 ms; max per 10% of progress (working set / managed heap):");
        foreach (var decile in samples.GroupBy(s => Math.Min(s.Percent / 10, 9)).OrderBy(g => g.Key))
            Console.WriteLine($"  {decile.Key * 10,3}-{decile.Key * 10 + 10,3}%  {Mb(decile.Max(s => s.WorkingSet)),9} / {Mb(decile.Max(s => s.ManagedHeap)),8}   ({decile.Count()} samples, by {decile.Max(s => s.At).TotalSeconds:F1} s)");
    }

    /// <summary>What the database holds afterwards, to compare runs of different import code row for row.</summary>
    private static async Task PrintStoredAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var contacts = await db.Contacts.CountAsync();
        var optedOut = await db.Contacts.CountAsync(c => c.Consent == Features.Contacts.ConsentStatus.OptedOut);
        var optedOutListed = await db.Contacts.CountAsync(c => c.Consent == Features.Contacts.ConsentStatus.OptedOut && db.PhoneOptOuts.Any(o => o.Phone == c.Phone));
        var withoutHistory = await db.Contacts.CountAsync(c => !c.ConsentHistory.Any());
        Console.WriteLine($"stored         {contacts:N0} contacts, {await db.ConsentEvents.CountAsync():N0} consent events ({withoutHistory} contacts without), "
            + $"{await db.ContactTags.CountAsync():N0} tag links, {await db.Tags.CountAsync()} tags, {optedOut:N0} opted out ({optedOutListed:N0} on the suppression list), "
            + $"{await db.ImportRejections.CountAsync():N0} rejection rows");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F0} MB";
}
