using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CrmTelnyx.Features.Contacts.Import;
using Microsoft.Playwright;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Server memory per open interactive page: the app runs as its own process (its Release build, Production settings),
/// Chromium opens one signed-in page, then 50 more, each holding a live circuit; the app's resident memory is read
/// from /proc before and after, so each page's share is the difference divided by the pages opened.
/// </summary>
public static class PageMemoryBenchmark
{
    private const string Email = "bench@crmtelnyx.test";
    private const string Password = "Bench-Passw0rd1";

    public static async Task RunAsync(string folder, int contacts, int pages, string path)
    {
        Console.WriteLine($"== Server memory per open interactive page: {pages} pages of {path}, {contacts:N0} contacts");
        var csv = Path.Combine(folder, "contacts.csv");
        ContactCsvGenerator.Write(csv, contacts);
        await using (var host = await BenchmarkHost.CreateAsync(folder))
            await ImportBenchmark.RunAsync(host, csv, DuplicateMode.Skip, "", report: false);

        var port = FreePort();
        using var app = StartApp(folder, port);
        var baseUrl = $"http://127.0.0.1:{port}";
        await WaitUntilHealthyAsync(baseUrl, app);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CRM_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        context.SetDefaultTimeout(60_000);
        var first = await context.NewPageAsync();
        await first.GotoAsync("/account/login");
        await first.GetByLabel("Email").FillAsync(Email);
        await first.GetByLabel("Password").FillAsync(Password);
        await first.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await first.WaitForURLAsync(url => !url.Contains("/account/login"));
        await OpenInteractiveAsync(first, path);
        await Task.Delay(3000);
        var baseline = ResidentBytes(app);
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
        var after = ResidentBytes(app);
        Console.WriteLine($"{pages + 1} pages open  server resident memory {Mb(after)}");
        Console.WriteLine($"per page       {(after - baseline) / 1024.0 / pages:F0} KB of server memory per open interactive page");

        foreach (var page in opened) await page.CloseAsync();
        await Task.Delay(5000);
        Console.WriteLine($"pages closed   server resident memory {Mb(ResidentBytes(app))} (circuits are kept a while for reconnection)");
        app.Kill(entireProcessTree: true);
    }

    private static async Task OpenInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-live-status][data-live-state=connected]").WaitForAsync();
    }

    private static Process StartApp(string folder, int port)
    {
        var appDll = Path.Combine(AppContext.BaseDirectory, "CrmTelnyx.dll");
        var start = new ProcessStartInfo("dotnet", [appDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["App__DataDirectory"] = folder;
        start.Environment["Admin__Email"] = Email;
        start.Environment["Admin__Password"] = Password;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"app: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilHealthyAsync(string baseUrl, Process app)
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (app.HasExited) throw new InvalidOperationException($"The app exited with {app.ExitCode}.");
            try
            {
                if ((await http.GetAsync($"{baseUrl}/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The app did not become healthy within a minute.");
    }

    /// <summary>VmRSS of the app's process, as the operating system counts it.</summary>
    private static long ResidentBytes(Process app)
    {
        var line = File.ReadLines($"/proc/{app.Id}/status").First(l => l.StartsWith("VmRSS:"));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F0} MB";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
