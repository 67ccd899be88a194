using CrmTelnyx.Telnyx;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmTelnyx.Tests.Telnyx;

/// <summary>The app's real client registration (AddTelnyxClient) with the network replaced by a <see cref="FakeTelnyxHandler"/>.</summary>
public sealed class TelnyxClientHarness : IDisposable
{
    private readonly ServiceProvider services;

    public FakeTelnyxHandler Network { get; }

    public MutableConnectionSource Connection { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public TelnyxClient Client => services.GetRequiredService<TelnyxClient>();

    public TelnyxClientHarness(Func<int, HttpRequestMessage, HttpResponseMessage> respond, Dictionary<string, string?>? settings = null)
        : this(new FakeTelnyxHandler(respond), settings) { }

    public TelnyxClientHarness(Func<int, HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond, Dictionary<string, string?>? settings = null)
        : this(new FakeTelnyxHandler(respond), settings) { }

    private TelnyxClientHarness(FakeTelnyxHandler network, Dictionary<string, string?>? settings)
    {
        Network = network;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telnyx:Resilience:RetryBaseDelay"] = "00:00:00.001",
            ["Telnyx:Resilience:MaxRetryDelay"] = "00:00:02",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddTelnyxClient();
        builder.Services.AddSingleton<ITelnyxConnectionSource>(Connection);
        builder.Services.AddHttpClient<TelnyxClient>().ConfigurePrimaryHttpMessageHandler(() => Network);
        services = builder.Services.BuildServiceProvider();
    }

    public void Dispose() => services.Dispose();

    public sealed class MutableConnectionSource : ITelnyxConnectionSource
    {
        public TelnyxConnection Current { get; set; } =
            new(new Uri("https://api.telnyx.test/v2/"), "KEY-secret-123", "", "profile-1", "connection-1", TelnyxMode.Live);
    }

    public sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose() { }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                lock (owner.Lines) owner.Lines.Add(state.ToString() ?? "");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Lines) owner.Lines.Add(formatter(state, exception) + exception);
            }
        }
    }
}
