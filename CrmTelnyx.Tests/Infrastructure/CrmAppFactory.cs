using CrmTelnyx.Data;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Infrastructure;

/// <summary>
/// The real app over a temporary data folder (its own SQLite file) that is deleted afterwards.
/// Use one per test class (IClassFixture) or per test for isolation.
/// </summary>
public class CrmAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@crm.test";
    public const string AdminPassword = "Admin-Passw0rd";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "crmtelnyx-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Where the app prints first-run notices (the generated admin password) instead of the console.</summary>
    public StringWriter FirstRunConsole { get; } = new();

    /// <summary>Configuration for this app; tests change it before the first request.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = AdminPassword,
        ["Serilog:MinimumLevel:Default"] = "Warning",
        // The number sync would otherwise run 3 s after start in every app: a request to the sandbox (counted by its rate
        // limit) or to api.telnyx.com, and numbers appearing mid-test. Tests that need it run it, or switch this on.
        ["Numbers:SyncOnSchedule"] = "false",
        // Likewise the number-fee job (a minute after start): tests that count fees run PostNumberFees on their own clock.
        ["Billing:NumberFees:PostOnSchedule"] = "false",
        // And the nightly check against Telnyx (two minutes after start): it reads every detail record of the sandbox.
        ["Billing:Reconciliation:Nightly"] = "false",
        // People trying the app get 30 s calls (appsettings.json) to press Record or Hang up; tests want them short.
        ["Sandbox:CallDurationMs"] = "2000",
    };

    /// <summary>Changes to the app's services (e.g. leaving out a background service), made before the first request.</summary>
    public List<Action<IServiceCollection>> ServiceChanges { get; } = [];

    public CrmAppFactory() => Directory.CreateDirectory(DataDirectory);

    private CrmAppFactory(string dataDirectory) => DataDirectory = dataDirectory;

    /// <summary>A second app over the same data folder, as after a restart (it does not delete the folder).</summary>
    public static CrmAppFactory Restart(string dataDirectory) => new(dataDirectory) { keepData = true };

    private bool keepData;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            new Dictionary<string, string?>(Settings) { ["App:DataDirectory"] = DataDirectory }));
        builder.ConfigureServices(services =>
        {
            services.AddKeyedSingleton<TextWriter>(AdminAccountSeeder.ConsoleKey, FirstRunConsole);
            ServiceChanges.ForEach(change => change(services));
        });
    }

    /// <summary>
    /// Serves the app on real Kestrel at a free 127.0.0.1 port instead of the in-memory test server, for tests
    /// where something must reach the app over the network (a browser, the sandbox's webhooks). Returns its base URL.
    /// </summary>
    public string StartKestrel()
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<CrmTelnyx.Hosting.AppAddresses>().LocalBaseUrl.ToString().TrimEnd('/');
    }

    /// <summary>Starts real Kestrel (<see cref="StartKestrel"/>) and returns a client for it that keeps cookies and does not follow redirects.</summary>
    public HttpClient StartKestrelWithClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(StartKestrel()) };

    /// <summary>A browser-like client signed in as the configured admin.</summary>
    public Task<HttpClient> SignedInAdminAsync() => CreateBrowserLikeClient().SignedInAsync(AdminEmail, AdminPassword);

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<AppUser> CreateUserAsync(string email, string password, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded && roles.Length > 0) result = await users.AddToRolesAsync(user, roles);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    public async Task<T> WithDbAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    /// <summary>Runs a use case as the app would, in a scope of its own.</summary>
    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<T> WithUsersAsync<T>(Func<UserManager<AppUser>, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || keepData) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
