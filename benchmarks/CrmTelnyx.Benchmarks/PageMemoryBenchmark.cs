using System.Diagnostics;
using CrmTelnyx.Features.Contacts.Import;
using Microsoft.Playwright;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Server memory per open interactive page: the app runs as its own process, Chromium opens one signed-in page, then
/// many more, each holding a live circuit; the app's resident memory is read from /proc before and after, so each
/// page's share is the difference divided by the pages opened.
/// </summary>
public static class PageMemoryBenchmark
{
    public static async Task RunAsync(string folder, int contacts, int pages, string path)
    {
        Console.WriteLine($"== Server memory per open interactive page: {pages} pages of {path}, {contacts:N0} contacts (load average {ImportBenchmark.LoadAverage()})");
        var csv = Path.Combine(folder, "contacts.csv");
        ContactCsvGenerator.Write(csv, contacts);
        await using (var host = await BenchmarkHost.CreateAsync(folder))
            await ImportBenchmark.RunAsync(host, csv, DuplicateMode.Skip, "", report: false);

        await using var app = await AppProcess.StartAsync(folder);
        var (context, first) = await app.SignedInAsync();
        await OpenInteractiveAsync(first, path);
        await Task.Delay(3000);
        var baseline = app.ResidentBytes();
        Console.WriteLine($"one page open  server resident memory {Mb(baseline)}");

        var clock = Stopwatch.StartNew();
        var opened = new List<IPage>();
        for (var i = 0; i < pages; i++)
        {
            var page = await context.NewPageAsync();
            await OpenInteractiveAsync(page, path);
            opened.Add(page);
        }
        Console.WriteLine($"opened         {pages} more pages in {clock.Elapsed.TotalSeconds:F1} s, each with its circuit");
        await Task.Delay(5000);
        var after = app.ResidentBytes();
        Console.WriteLine($"{pages + 1} pages open  server resident memory {Mb(after)}");
        Console.WriteLine($"per page       {(after - baseline) / 1024.0 / pages:F0} KB of server memory per open interactive page");

        foreach (var page in opened) await page.CloseAsync();
        await Task.Delay(5000);
        Console.WriteLine($"pages closed   server resident memory {Mb(app.ResidentBytes())} (circuits are kept a while for reconnection)");
    }

    private static async Task OpenInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-live-status][data-live-state=connected]").WaitForAsync();
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F0} MB";
}
