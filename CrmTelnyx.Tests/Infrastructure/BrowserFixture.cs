using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Infrastructure;

/// <summary>The app on real Kestrel at a free 127.0.0.1 port, and a headless Debian Chromium driven by Playwright.</summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public BrowserFixture() : this(new CrmAppFactory()) { }

    /// <summary>For journeys that need the app configured otherwise (a moved clock, faster timings).</summary>
    protected BrowserFixture(CrmAppFactory app) => App = app;

    public CrmAppFactory App { get; }

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        BaseUrl = App.StartKestrel();

        if (!BrowserLocator.IsAvailable)
            throw new InvalidOperationException(
                $"Browser tests are required (CRM_E2E_REQUIRED=1) but Chromium is not at {BrowserLocator.ExecutablePath}. Install it: apt-get install -y chromium");
        playwright = await Playwright.CreateAsync();
        // A busy CI machine can take seconds to start a circuit; assertions wait for what a person would wait for.
        Assertions.SetDefaultExpectTimeout(30_000);
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserLocator.ExecutablePath,
            Headless = true,
            // Without these Chromium tries to reach Google's services, which this network refuses.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) with a page at the app.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        // Generous: CI machines are small and a busy one can take seconds to serve a page.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return Watched(await context.NewPageAsync());
    }

    /// <summary>A page opened some other way (a second tab of a context): a failure reports on it too.</summary>
    public IPage Watched(IPage page)
    {
        lock (pages) pages.Add(page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") Remember($"browser {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => Remember($"browser page error: {error}");
        return page;
    }

    // What the browsers said, newest last: shown when a journey fails, since a CI log has nothing else to go on.
    private readonly Queue<string> browserMessages = new();
    // The pages opened, so a failure can say where each one was and what it was telling the person.
    private readonly List<IPage> pages = [];

    private void Remember(string line)
    {
        lock (browserMessages)
        {
            browserMessages.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
            while (browserMessages.Count > 40) browserMessages.Dequeue();
        }
    }

    /// <summary>
    /// Runs a journey; when it fails, the failure carries what the browsers logged and the app's warnings and errors
    /// (from its log file), which is what tells a lost event from a crashed circuit or a slow query on a CI machine.
    /// </summary>
    public async Task ExplainingFailuresAsync(Func<Task> journey)
    {
        try
        {
            await journey();
        }
        catch (Exception failure)
        {
            throw new JourneyFailedException(failure.Message + Environment.NewLine + await OpenPagesAsync() + Diagnostics(), failure);
        }
    }

    /// <summary>Each open page's address and the alerts, dialogs and snackbars on it: an error shown in words, a dialog still open.</summary>
    private async Task<string> OpenPagesAsync()
    {
        IPage[] open;
        lock (pages) open = pages.Where(p => !p.IsClosed).ToArray();
        var lines = new List<string>();
        foreach (var page in open)
        {
            lines.Add($"page at {page.Url}");
            var read = page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.mud-alert, .mud-dialog, .mud-snackbar, .validation-message, .mud-input-helper-text.mud-input-error')]" +
                ".map(e => e.innerText.replace(/\\s+/g, ' ').trim()).filter(t => t)");
            // A hung page must not hang the report.
            if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(5))) == read && read.IsCompletedSuccessfully)
                lines.AddRange(read.Result.Select(text => $"  shows: {text}"));
            else
                lines.Add("  (did not answer)");
        }
        return $"--- open pages ({open.Length}) ---{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{Environment.NewLine}";
    }

    private string Diagnostics()
    {
        string[] browser;
        lock (browserMessages) browser = browserMessages.ToArray();
        var logs = Path.Combine(App.DataDirectory, "logs");
        var appLines = Directory.Exists(logs)
            ? Directory.GetFiles(logs).Order().SelectMany(ReadShared).Where(l => l.Contains("[WRN]") || l.Contains("[ERR]") || l.Contains("[FTL]") || l.StartsWith("   at ") || l.Contains("Exception"))
                .TakeLast(60).ToArray()
            : [];
        return $"--- browser (last {browser.Length}) ---{Environment.NewLine}{string.Join(Environment.NewLine, browser)}{Environment.NewLine}" +
               $"--- app warnings and errors (last {appLines.Length}) ---{Environment.NewLine}{string.Join(Environment.NewLine, appLines)}";
    }

    private static IEnumerable<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    public async Task<IPage> SignedInPageAsync(string email, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Wait for the signed-in layout itself rather than the page's load event, which a busy machine can hold back
        // (fonts, the live connection) long after the page is usable.
        await page.WaitForURLAsync(url => !url.Contains("/account/login"), new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-current-user]").WaitForAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

public sealed class JourneyFailedException(string message, Exception inner) : Exception(message, inner);

// Run after the parallel test classes, alone: a journey waits for what a person waits for, and on a 2-core machine the
// unit and integration tests running beside it starved circuits for tens of seconds.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
