using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// The app as it runs for a person: its own process (the build of CrmTelnyx in this program's configuration) over a
/// benchmark's data folder, at a free loopback port, with a Chromium to drive it. Browser benchmarks share it.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string AdminEmail = "bench@crm.test";
    public const string AdminPassword = "Bench-Passw0rd1";

    private readonly Process process;
    private IPlaywright? playwright;

    private AppProcess(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public IBrowser Browser { get; private set; } = default!;

    /// <param name="browser">Whether to launch Chromium too (the blast benchmark needs none).</param>
    /// <param name="environment">More settings for the app, as environment variables (Section__Key).</param>
    public static async Task<AppProcess> StartAsync(string dataFolder, bool browser = true, IReadOnlyDictionary<string, string>? environment = null)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
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
        // Production settings; the framework's and MudBlazor's assets come from the build's manifest (Program.cs).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["App__DataDirectory"] = dataFolder;
        start.Environment["Admin__Email"] = AdminEmail;
        start.Environment["Admin__Password"] = AdminPassword;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  app: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new AppProcess(process, baseUrl);
        await app.WaitUntilUpAsync();
        if (!browser) return app;
        app.playwright = await Playwright.CreateAsync();
        app.Browser = await app.playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CRM_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return app;
    }

    /// <summary>A browser context (own cookies) signed in as the benchmark's admin, with its first page.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignedInAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 850 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(AdminEmail);
        await page.GetByLabel("Password").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
        return (context, page);
    }

    /// <summary>The app process's resident memory (VmRSS), as the operating system counts it.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:"));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    /// <summary>CPU time the app process has used so far (user + system), as the operating system counts it.</summary>
    public TimeSpan CpuTime()
    {
        // /proc/PID/stat: fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses.
        var fields = File.ReadAllText($"/proc/{process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0);
    }

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with code {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/account/login")).StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException) { }
            if (clock.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException("The app did not start within 3 minutes.");
            await Task.Delay(250);
        }
        Console.WriteLine($"app            started at {BaseUrl} in {clock.Elapsed.TotalSeconds:F1} s");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
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
