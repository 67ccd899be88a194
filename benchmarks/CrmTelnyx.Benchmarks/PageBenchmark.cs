using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// The contact list as a person uses it, in Chromium: the app runs as its own process over the benchmark's database
/// (100,000 imported contacts), a signed-in page opens /contacts, and each sample clicks "Next page" and waits for the
/// frame in which the next page's rows are on screen. The time is taken in the browser (performance.now), so it holds
/// the circuit's round trip, the query, the render diff and the paint.
/// </summary>
public static class PageBenchmark
{
    private const string AdminEmail = "bench@crm.test";
    private const string AdminPassword = "Bench-Passw0rd1";

    public static async Task RunAsync(string dataFolder, int clicks)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        using var app = StartApp(dataFolder, baseUrl);
        try
        {
            await WaitUntilUpAsync(baseUrl, app);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CRM_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 850 } });
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email").FillAsync(AdminEmail);
            await page.GetByLabel("Password").FillAsync(AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/login"));

            Console.WriteLine($"== Contacts page in Chromium: click \"Next page\" → rows shown ({clicks} clicks a series; ms, load average {ImportBenchmark.LoadAverage()})");
            Console.WriteLine($"{"series",-40} {"p50",7} {"p95",7} {"max",7} {"total",8}");
            await SeriesAsync(page, "by name (keyset from page 2 on)", "/contacts", clicks);
            await SeriesAsync(page, "newest first", "/contacts?sort=newest", clicks);
            await SeriesAsync(page, "tag \"vip\"", "/contacts?tag=vip", clicks);
            await LastPageAsync(page, "/contacts");
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private static async Task OpenAsync(IPage page, string address)
    {
        await page.GotoAsync(address);
        // The circuit is up (LiveStatus says so) and the grid has its first page.
        await page.Locator("[data-live-status][data-live-state=connected]").WaitForAsync();
        await page.Locator("[data-contact-count]").WaitForAsync();
        await page.Locator("[data-contact-phone]").First.WaitForAsync();
    }

    private static async Task SeriesAsync(IPage page, string label, string address, int clicks)
    {
        await OpenAsync(page, address);
        var total = int.Parse((await page.Locator("[data-contact-count]").GetAttributeAsync("data-contact-count"))!);
        clicks = Math.Min(clicks, (total + 49) / 50 - 3);
        // Two clicks first: the first query of a kind compiles in EF and the JIT.
        for (var i = 0; i < 2; i++) await ClickAsync(page, "Next page");
        var times = new List<double>();
        for (var i = 0; i < clicks; i++) times.Add(await ClickAsync(page, "Next page"));
        times.Sort();
        Console.WriteLine($"{label,-40} {Percentile(times, 50),7:F0} {Percentile(times, 95),7:F0} {times[^1],7:F0} {total,8:N0}");
    }

    /// <summary>The pager's "last page" is a jump, not a step: it pages with OFFSET.</summary>
    private static async Task LastPageAsync(IPage page, string address)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            await OpenAsync(page, address);
            times.Add(await ClickAsync(page, "Last page"));
        }
        times.Sort();
        Console.WriteLine($"{"jump to the last page (OFFSET), 5 times",-40} {Percentile(times, 50),7:F0} {"",7} {times[^1],7:F0}");
    }

    /// <summary>Clicks a pager button and returns the ms until the frame in which the first row has changed.</summary>
    private static Task<double> ClickAsync(IPage page, string button) => page.EvaluateAsync<double>("""
        async (button) => {
          const first = () => document.querySelector('[data-contact-phone]')?.getAttribute('data-contact-phone');
          const before = first();
          const start = performance.now();
          document.querySelector(`button[aria-label="${button}"]`).click();
          await new Promise((resolve, reject) => {
            const check = () => first() && first() !== before ? resolve() : performance.now() - start > 30000 ? reject(new Error('no new rows')) : requestAnimationFrame(check);
            requestAnimationFrame(check);
          });
          return performance.now() - start;
        }
        """, button);

    private static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The app as it runs for a person: its own process, built in the same configuration as this program.</summary>
    private static Process StartApp(string dataFolder, string baseUrl)
    {
        var project = Path.Combine(RepositoryRoot(), "CrmTelnyx");
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "CrmTelnyx.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the app first: {dll}");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Development serves the framework's and MudBlazor's static assets from the build output (Production needs
        // `dotnet publish`); the figures are about the server round trip, which the environment does not change.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["App__DataDirectory"] = dataFolder;
        start.Environment["Admin__Email"] = AdminEmail;
        start.Environment["Admin__Password"] = AdminPassword;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  app: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(string baseUrl, Process app)
    {
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (app.HasExited) throw new InvalidOperationException($"The app exited with code {app.ExitCode}.");
            try
            {
                if ((await http.GetAsync(baseUrl + "/account/login")).StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException) { }
            if (clock.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException("The app did not start within 3 minutes.");
            await Task.Delay(250);
        }
        Console.WriteLine($"app            started at {baseUrl} in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CrmTelnyx", "CrmTelnyx.csproj"))) return dir.FullName;
        throw new DirectoryNotFoundException("Run from the repository (CrmTelnyx/CrmTelnyx.csproj not found above " + AppContext.BaseDirectory + ").");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
