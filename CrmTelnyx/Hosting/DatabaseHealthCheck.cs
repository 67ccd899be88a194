using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmTelnyx.Hosting;

public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(cancellationToken);
            return HealthCheckResult.Healthy("SQLite reachable", new Dictionary<string, object> { ["journalMode"] = mode.FirstOrDefault() ?? "" });
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached: " + ex.Message);
        }
    }
}
