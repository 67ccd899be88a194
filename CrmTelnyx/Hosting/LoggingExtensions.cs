using CrmTelnyx.Hosting;
using Serilog;

namespace CrmTelnyx.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the "Serilog" section (console by default) plus a daily rolling file in the data folder.
    /// Configured from the service provider so the data folder reflects the final configuration.
    /// </summary>
    public static IHostApplicationBuilder AddCrmLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
            .Enrich.FromLogContext()
            .WriteTo.File(
                services.GetRequiredService<DataFolder>().Combine("logs", "crm-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"));
        return builder;
    }
}
