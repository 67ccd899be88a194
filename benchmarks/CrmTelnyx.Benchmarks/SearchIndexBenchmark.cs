using System.Diagnostics;
using CrmTelnyx.Features.Contacts.Search;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Times what the app's background <see cref="ContactSearchIndexer"/> does after an import: adding every new contact
/// to the search index. The import itself does not wait for this.
/// </summary>
public static class SearchIndexBenchmark
{
    public static async Task RunAsync(BenchmarkHost host)
    {
        Console.WriteLine("== Search index catching up after the import (in the background in the app)");
        var indexer = ActivatorUtilities.CreateInstance<ContactSearchIndexer>(host.Services);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var indexed = await indexer.IndexPendingAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"indexed        {indexed:N0} contacts in {seconds:F2} s, {cpu.TotalSeconds:F2} s of CPU, batches of {ContactSearchIndexer.BatchSize:N0}; load average {ImportBenchmark.LoadAverage()}");
        Console.WriteLine($"database       {ImportBenchmark.Mb(DatabaseBytes(host.DataFolder))} (database and WAL files)");
    }

    private static long DatabaseBytes(string folder) =>
        Directory.EnumerateFiles(folder, "*.db*", SearchOption.TopDirectoryOnly).Sum(f => new FileInfo(f).Length);
}
