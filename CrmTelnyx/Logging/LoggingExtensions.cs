using CrmTelnyx.Configuration;
using Serilog;
using Serilog.Extensions.Logging;

namespace CrmTelnyx.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the "Serilog" section (console by default) plus a daily rolling file in the data folder.
    /// Built from the service provider so the data folder reflects the final configuration.
    /// </summary>
    public static IHostApplicationBuilder AddCrmLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(services =>
        {
            var dataFolder = services.GetRequiredService<DataFolder>();
            var logger = new LoggerConfiguration()
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
                .Enrich.FromLogContext()
                .WriteTo.File(
                    dataFolder.Combine("logs", "crm-.log"),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 14,
                    outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
                .CreateLogger();
            return new SerilogLoggerProvider(logger, dispose: true);
        });
        return builder;
    }
}
