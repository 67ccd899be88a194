using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts.Search;

/// <summary>
/// Adds new contacts to the search index in the background, in Id order, a batch per short transaction. Indexing each
/// contact as it was inserted more than doubled a 100,000-row import; in bulk afterwards it takes about a second, and
/// the import does not wait for it. Until a contact is indexed, search reads it directly (<see cref="ContactSearchIndex.Candidates"/>).
/// </summary>
public sealed class ContactSearchIndexer(IServiceScopeFactory scopes, TimeProvider time, ILogger<ContactSearchIndexer> logger) : BackgroundService
{
    public const int BatchSize = 2_000;

    /// <summary>How long the indexer rests when it has caught up.</summary>
    public static readonly TimeSpan IdleInterval = TimeSpan.FromSeconds(2);

    /// <summary>Indexes every contact not indexed yet.</summary>
    /// <returns>How many contacts were indexed.</returns>
    public async Task<int> IndexPendingAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (int indexed; (indexed = await IndexNextBatchAsync(cancellationToken)) > 0;) total += indexed;
        return total;
    }

    private async Task<int> IndexNextBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        // A plain read first: an idle indexer must not take SQLite's one write lock every few seconds.
        var pending = await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM "Contacts" WHERE "Id" > (SELECT "IndexedUpTo" FROM "ContactSearchProgress")) AS "Value"
            """).SingleAsync(cancellationToken);
        if (!pending) return 0;
        // SQLite's BEGIN IMMEDIATE: no write slips in between reading the mark, indexing up to it and moving it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var upTo = await db.Database.SqlQuery<long?>($"""
            SELECT MAX("Id") AS "Value" FROM (
                SELECT "Id" FROM "Contacts" WHERE "Id" > (SELECT "IndexedUpTo" FROM "ContactSearchProgress")
                ORDER BY "Id" LIMIT {BatchSize})
            """).SingleAsync(cancellationToken);
        if (upTo is null) return 0;
        var indexed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ContactSearch"(rowid, "SearchText")
            SELECT "Id", "SearchText" FROM "Contacts"
            WHERE "Id" > (SELECT "IndexedUpTo" FROM "ContactSearchProgress") AND "Id" <= {upTo}
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""UPDATE "ContactSearchProgress" SET "IndexedUpTo" = {upTo}""", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return indexed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    var indexed = await IndexPendingAsync(stoppingToken);
                    if (indexed > 0) logger.LogInformation("Added {Count} contacts to the search index", indexed);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Search stays correct without the index (it reads unindexed contacts directly), only slower; try again later.
                    logger.LogWarning(ex, "Could not add contacts to the search index; trying again shortly");
                }
                await Task.Delay(IdleInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
