using CrmTelnyx.Hosting;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Live;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// The app's own service registrations (configuration, data, contacts) over a fresh data folder, migrated as at
/// startup. The host is never started, so the import worker and other background services stay idle.
/// </summary>
public sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly IHost host;

    private BenchmarkHost(IHost host, string dataFolder)
    {
        this.host = host;
        DataFolder = dataFolder;
    }

    public string DataFolder { get; }
    public ProgressTrackingNotifier Progress => (ProgressTrackingNotifier)host.Services.GetRequiredService<ILiveNotifier>();
    public IServiceProvider Services => host.Services;

    /// <param name="services">More of the app's registrations a benchmark needs (e.g. the number manager's queries).</param>
    public static async Task<BenchmarkHost> CreateAsync(string dataFolder, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = dataFolder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["App:DataDirectory"] = dataFolder });
        // EF logs every command at Information; at 100,000 rows that would measure the console, not the import.
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddAppConfiguration().AddCrmData().AddContacts();
        builder.Services.Replace(ServiceDescriptor.Singleton<ILiveNotifier, ProgressTrackingNotifier>());
        services?.Invoke(builder.Services);

        var host = builder.Build();
        await ActivatorUtilities.CreateInstance<DatabaseInitializer>(host.Services).StartAsync(CancellationToken.None);
        return new BenchmarkHost(host, dataFolder);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is IAsyncDisposable disposable) await disposable.DisposeAsync();
        else host.Dispose();
        // Pooled connections keep the database file open; release them so the temp folder can be deleted.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
