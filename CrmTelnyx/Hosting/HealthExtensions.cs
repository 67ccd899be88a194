using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Quartz;

namespace CrmTelnyx.Hosting;

public static class HealthExtensions
{
    public const string Path = "/health";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddQuartz(o => o.Name = "scheduler")
            .AddCheck<TelnyxModeHealthCheck>("telnyx");
        return builder;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteJson }).AllowAnonymous();
        return app;
    }
}
