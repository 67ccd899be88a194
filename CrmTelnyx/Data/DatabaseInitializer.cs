using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Data;

/// <summary>Applies migrations, turns on WAL and builds what the app keeps in the company's zone before it starts serving requests.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers (pages, exports) run while webhooks and dispatchers write; the mode is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        // The ledger's day roll-ups are kept in the company's zone, which SQL cannot know: a new or upgraded database, or a
        // zone changed behind the app's back, gets them (re)built here, before any page reads them.
        if (await ActivatorUtilities.CreateInstance<Features.Billing.Ledger.Days.RebuildLedgerDays>(scope.ServiceProvider).EnsureAsync(cancellationToken))
            logger.LogInformation("Built the ledger's day roll-ups for the company's time zone");
        if (pending.Count > 0)
            logger.LogInformation("Applied {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
