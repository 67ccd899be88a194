using System.Diagnostics;
using CrmTelnyx.Benchmarks;
using CrmTelnyx.Features.Contacts.Import;

// Usage: dotnet run -c Release --project benchmarks/CrmTelnyx.Benchmarks [-- rows]   (default 100,000 rows)
//        dotnet run -c Release --project benchmarks/CrmTelnyx.Benchmarks -- page [rows] [clicks]   (the contact list's "Next page" in Chromium)
//        dotnet run -c Release --project benchmarks/CrmTelnyx.Benchmarks -- pages [count] [path]   (server memory per open page)
//        ... -- upload-browser BASE_URL EMAIL PASSWORD [rows] [runs]   (the CSV upload through the page, in Chromium)
//        ... -- hostile-upload [views]   (server memory while a 50 MB cell and 10,000 columns are uploaded through the page)
//        ... -- numbers [messages]   (the Numbers page's query: a page of numbers with their 30-day statistics)
//        ... -- webhooks [events] [senders]   (webhook intake: signed events/s and acknowledgement time, 20% repeats)
//        ... -- blast-live [recipients] [deliveries]   (a delivery webhook to an open blast page showing it, in Chromium)
//        ... -- call-live [calls]   (call.answered and call.hangup webhooks to an open call panel showing the call, in Chromium)
//        ... -- blast-materialise [recipients]   (StartBlast over 100,000 contacts)
//        ... -- blast-dispatch [messages] [on|off]   (the app sending a blast to its sandbox, engine rate limits on or off)
//        ... -- ledger-export [entries]   (the Billing tab's ledger CSV for a year of 1,000,000 entries, in-process and through Kestrel)
//        ... -- ledger-stages [entries]   (the ledger CSV's cost per line by stage: stepping, reading the columns, names and zone, all of it)
//        ... -- billing-tab [entries]   (the Billing tab's totals and charts for a month and the year of 1,000,000 entries; the cost of inserting entries)
if (args is ["upload-browser", ..])
{
    await UploadBenchmark.RunAsync(args[1..]);
    return;
}
var folder = Path.Combine(Path.GetTempPath(), $"crmtelnyx-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(folder);
if (args is ["pages", ..])
{
    try
    {
        await PageMemoryBenchmark.RunAsync(folder, contacts: 10_000, pages: args.Length > 1 ? int.Parse(args[1]) : 50, path: args.Length > 2 ? args[2] : "/contacts");
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
if (args is ["numbers", ..])
{
    try
    {
        await NumbersPageBenchmark.RunAsync(folder, messages: args.Length > 1 ? int.Parse(args[1]) : 100_000);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
if (args is ["webhooks", ..])
{
    try
    {
        await WebhookIntakeBenchmark.RunAsync(folder, events: args.Length > 1 ? int.Parse(args[1]) : 20_000, concurrency: args.Length > 2 ? int.Parse(args[2]) : 32);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
if (args is ["blast-live", ..])
{
    try
    {
        await BlastLiveBenchmark.RunAsync(folder, recipients: args.Length > 1 ? int.Parse(args[1]) : 10_000, deliveries: args.Length > 2 ? int.Parse(args[2]) : 40);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
if (args is ["call-live", ..])
{
    try
    {
        await CallLiveBenchmark.RunAsync(folder, calls: args.Length > 1 ? int.Parse(args[1]) : 200);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
if (args is ["blast-materialise", ..] or ["blast-dispatch", ..])
{
    try
    {
        if (args[0] == "blast-materialise") await BlastBenchmark.MaterialiseAsync(folder, args.Length > 1 ? int.Parse(args[1]) : 100_000);
        else await BlastBenchmark.DispatchAsync(folder, args.Length > 1 ? int.Parse(args[1]) : 20_000, rateLimits: args.Length > 2 && args[2] == "on");
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
if (args is ["ledger-stages", ..])
{
    try
    {
        await LedgerExportStages.RunAsync(folder, entries: args.Length > 1 ? int.Parse(args[1]) : 1_000_000);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
if (args is ["ledger-export", ..])
{
    try
    {
        await LedgerExportBenchmark.RunAsync(folder, entries: args.Length > 1 ? int.Parse(args[1]) : 1_000_000);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
if (args is ["billing-tab", ..])
{
    try
    {
        await BillingTabBenchmark.RunAsync(folder, entries: args.Length > 1 ? int.Parse(args[1]) : 1_000_000);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
if (args is ["hostile-upload", ..])
{
    try
    {
        await HostileUploadBenchmark.RunAsync(folder, views: args.Length > 1 ? int.Parse(args[1]) : 3);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return;
}
var pageMode = args is ["page", ..];
if (pageMode) args = args[1..];
var rows = args.Length > 0 ? int.Parse(args[0]) : 100_000;
Console.WriteLine($"CrmTelnyx benchmark: {rows:N0} rows, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}, folder {folder}");
#if DEBUG
Console.WriteLine("WARNING: Debug build; figures are only meaningful with -c Release.");
#endif

try
{
    var csv = Path.Combine(folder, $"contacts-{rows}.csv");
    var clock = Stopwatch.StartNew();
    var expected = ContactCsvGenerator.Write(csv, rows);
    Console.WriteLine($"generated      {csv}: {new FileInfo(csv).Length / 1024.0 / 1024.0:F1} MB in {clock.Elapsed.TotalSeconds:F1} s; {expected.BadRows:N0} bad rows, {expected.RepeatedPhones:N0} repeated numbers");

    if (pageMode)
    {
        // The same import and index as below, without the warm-up: only the page is measured here.
        await using (var host = await BenchmarkHost.CreateAsync(folder))
        {
            await ImportBenchmark.RunAsync(host, csv, DuplicateMode.Skip, $"Import {rows:N0} rows for the page benchmark");
            await SearchIndexBenchmark.RunAsync(host);
        }
        await PageBenchmark.RunAsync(folder, clicks: args.Length > 1 ? int.Parse(args[1]) : 50);
        return;
    }

    // The app imports inside a long-running process: warm the JIT and EF's model and query caches on a small file
    // (both duplicate modes), in a database of its own, so the figures measure the import rather than start-up.
    var warmUpFolder = Path.Combine(folder, "warm-up");
    Directory.CreateDirectory(warmUpFolder);
    var warmUpCsv = Path.Combine(warmUpFolder, "warm-up.csv");
    ContactCsvGenerator.Write(warmUpCsv, 5_000, seed: 1);
    clock.Restart();
    await using (var warmUp = await BenchmarkHost.CreateAsync(warmUpFolder))
    {
        await ImportBenchmark.RunAsync(warmUp, warmUpCsv, DuplicateMode.Skip, "", report: false);
        await ImportBenchmark.RunAsync(warmUp, warmUpCsv, DuplicateMode.Update, "", report: false);
    }
    Console.WriteLine($"warm-up        two imports of 5,000 rows in another database, {clock.Elapsed.TotalSeconds:F1} s");

    await using (var host = await BenchmarkHost.CreateAsync(folder))
    {
        await ImportBenchmark.RunAsync(host, csv, DuplicateMode.Skip, $"Import {rows:N0} rows into an empty database (duplicates: skip)");
        await ListingBenchmark.RunAsync(host, "before the search index has caught up: searches read every contact");
        await SearchIndexBenchmark.RunAsync(host);
        await ListingBenchmark.RunAsync(host, "search index caught up");
        await ImportBenchmark.RunAsync(host, csv, DuplicateMode.Update, $"Re-import the same {rows:N0} rows (duplicates: update)");
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}
