using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Data;

public static class DataExtensions
{
    public static IHostApplicationBuilder AddCrmData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseLocation>();
        builder.Services.AddDbContext<CrmDbContext>((services, options) =>
            options.UseSqlite(services.GetRequiredService<DatabaseLocation>().ConnectionString,
                    sqlite => sqlite.MigrationsAssembly(typeof(CrmDbContext).Assembly.FullName))
                .AddInterceptors(new SqlitePragmas()));
        // Registered first so the schema exists before anything else starts.
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}
