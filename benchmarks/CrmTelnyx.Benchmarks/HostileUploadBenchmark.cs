using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Server memory while a person uploads a file no contact export looks like: one with a 50 MB cell, one with 10,000
/// columns. The app runs as its own process; Chromium uploads each file through the import page as a person does and
/// opens what the app answers (the refusal, or the mapping step) a few times; the app's resident memory is sampled
/// every 50 ms from /proc, so the peak shows what each path holds.
/// </summary>
public static class HostileUploadBenchmark
{
    public static async Task RunAsync(string folder, int views)
    {
        var hugeCell = Path.Combine(folder, "huge-cell.csv");
        WriteHugeCell(hugeCell, 50 * 1024 * 1024);
        var manyColumns = Path.Combine(folder, "many-columns.csv");
        WriteManyColumns(manyColumns, columns: 10_000, rows: 100);
        Console.WriteLine($"== Server memory while uploading hostile files (load average {ImportBenchmark.LoadAverage()})");

        await using var app = await AppProcess.StartAsync(folder);
        var (context, page) = await app.SignedInAsync();
        context.SetDefaultTimeout(180_000);
        await page.GotoAsync("/contacts/import");
        await page.Locator("form[data-upload-ready]").WaitForAsync();
        await Task.Delay(3000);
        Console.WriteLine($"baseline       server resident memory {Mb(app.ResidentBytes())} (upload page open)");

        foreach (var file in new[] { hugeCell, manyColumns })
        {
            var before = app.ResidentBytes();
            var peak = before;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, app.ResidentBytes());
                    await Task.Delay(50);
                }
            });
            var clock = Stopwatch.StartNew();
            await page.GotoAsync("/contacts/import");
            await page.Locator("form[data-upload-ready]").WaitForAsync();
            await page.Locator("#file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and map columns" }).ClickAsync();
            var answer = page.Locator("[data-import-error], [data-import-mapping]").First;
            await answer.WaitForAsync();
            var refused = await answer.GetAttributeAsync("data-import-error") is not null;
            var words = refused ? (await answer.InnerTextAsync()).Trim() : "accepted: mapping step shown";
            var answered = clock.Elapsed;
            // Open the answer again, as a person reloading or a colleague opening it would, each with its own circuit.
            for (var view = 0; view < views; view++)
            {
                var again = await context.NewPageAsync();
                await again.GotoAsync(page.Url);
                await again.Locator("[data-live-status][data-live-state=connected]").WaitForAsync();
            }
            await Task.Delay(2000);
            await sampling.CancelAsync();
            await sampler;
            Console.WriteLine($"{Path.GetFileName(file),-15}{new FileInfo(file).Length / 1024.0 / 1024.0,6:F1} MB: answered in {answered.TotalSeconds:F1} s; " +
                              $"server memory {Mb(before)} before, peak {Mb(peak)} (+{Mb(peak - before)}), {Mb(app.ResidentBytes())} after {views} more views");
            Console.WriteLine($"               \"{words}\"");
        }
    }

    /// <summary>Three ordinary rows, the second with a note of <paramref name="bytes"/> characters.</summary>
    private static void WriteHugeCell(string path, int bytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        writer.Write("First Name,Phone,Notes\nAda,212-555-0101,short\nBob,212-555-0102,\"");
        var block = new string('x', 1 << 20);
        for (var written = 0; written < bytes; written += block.Length) writer.Write(block.AsSpan(0, Math.Min(block.Length, bytes - written)));
        writer.Write("\"\nCy,212-555-0103,\n");
    }

    /// <summary>A header of <paramref name="columns"/> names, the first "Phone", and rows with a number and empty cells.</summary>
    private static void WriteManyColumns(string path, int columns, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("Phone");
        for (var i = 2; i <= columns; i++) writer.Write($",Column {i}");
        writer.Write('\n');
        for (var row = 0; row < rows; row++) writer.Write($"212-555-{row:D4}{new string(',', columns - 1)}\n");
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F0} MB";
}
