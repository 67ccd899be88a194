using System.Diagnostics;
using Microsoft.Playwright;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Uploads a generated CSV through the import page of a running app in Chromium, as a person does: choose the file,
/// press "Upload and map columns", and time until the mapping step is shown and running interactively.
/// </summary>
public static class UploadBenchmark
{
    // Usage: upload-browser BASE_URL EMAIL PASSWORD [rows=100000] [runs=5]
    public static async Task RunAsync(string[] args)
    {
        var (url, email, password) = (args[0].TrimEnd('/'), args[1], args[2]);
        var rows = args.Length > 3 ? int.Parse(args[3]) : 100_000;
        var runs = args.Length > 4 ? int.Parse(args[4]) : 5;

        var csv = Path.Combine(Path.GetTempPath(), $"crmtelnyx-upload-{rows}.csv");
        ContactCsvGenerator.Write(csv, rows);
        Console.WriteLine($"upload through the page: {rows:N0} rows, {new FileInfo(csv).Length / 1024.0 / 1024.0:F1} MB, {runs} runs, {url}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CRM_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await (await browser.NewContextAsync(new() { BaseURL = url, ViewportSize = new() { Width = 1366, Height = 850 } })).NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("[data-current-user]").WaitForAsync();

        var shown = new List<double>();
        var interactive = new List<double>();
        // Run 0 warms the app (JIT, first circuit) and is not counted.
        for (var run = 0; run <= runs; run++)
        {
            await page.GotoAsync("/contacts/import");
            await page.Locator("form[data-upload-ready]").WaitForAsync();
            var clock = Stopwatch.StartNew();
            await page.Locator("#file").SetInputFilesAsync(csv);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and map columns" }).ClickAsync();
            await page.Locator("[data-import-mapping]").WaitForAsync();
            var mappingShown = clock.Elapsed.TotalMilliseconds;
            await page.Locator("[data-import-start]:not([disabled])").WaitForAsync();
            var mappingInteractive = clock.Elapsed.TotalMilliseconds;
            if (run == 0) continue;
            shown.Add(mappingShown);
            interactive.Add(mappingInteractive);
            Console.WriteLine($"run {run}: mapping step shown {mappingShown,6:F0} ms, interactive {mappingInteractive,6:F0} ms");
        }
        Console.WriteLine($"median: shown {Median(shown):F0} ms, interactive {Median(interactive):F0} ms (the uploads stay in the app's Mapping state; the sweep removes them after a day)");
        File.Delete(csv);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
