using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Data;

public static class DataExtensions
{
    public static IHostApplicationBuilder AddCrmData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseLocation>();
        // The factory serves interactive pages, which live as long as their circuit and so open a context per operation;
        // it also registers CrmDbContext as scoped for endpoints, jobs and use cases.
        builder.Services.AddDbContextFactory<CrmDbContext>((services, options) =>
            options.UseSqlite(services.GetRequiredService<DatabaseLocation>().ConnectionString,
                    sqlite => sqlite.MigrationsAssembly(typeof(CrmDbContext).Assembly.FullName))
                .AddInterceptors(new SqlitePragmas(), new VersionBump())
                // Features that act on saves (the billing ledger) register their interceptors as IInterceptor.
                .AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        // Registered first so the schema exists before anything else starts.
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}
