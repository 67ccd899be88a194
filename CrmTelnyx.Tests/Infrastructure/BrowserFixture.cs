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
        return await context.NewPageAsync();
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

// Run after the parallel test classes, alone: a journey waits for what a person waits for, and on a 2-core machine the
// unit and integration tests running beside it starved circuits for tens of seconds.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
