using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// The inbox's single writer: takes every event queued since the last commit (up to <see cref="MaxBatch"/>), inserts
/// the ones not stored before in one transaction, commits, then answers them all and wakes the processor. One commit
/// per event capped intake near 500 events/s; a batch per commit keeps up with thousands.
/// </summary>
public sealed class WebhookInboxWriter(
    WebhookInbox inbox, IServiceScopeFactory scopes, WebhookWriteTurns writeTurns, WebhookProcessorSignal signal, ILogger<WebhookInboxWriter> logger)
    : BackgroundService
{
    public const int MaxBatch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<WebhookInbox.Entry>(MaxBatch);
        try
        {
            while (await inbox.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && inbox.Reader.TryRead(out var entry)) batch.Add(entry);
                try
                {
                    await StoreAsync(batch, stoppingToken);
                    foreach (var stored in batch) stored.Stored.TrySetResult();
                    signal.Wake();
                }
                catch (Exception ex)
                {
                    // Nothing of the batch was committed: each request answers 500 and Telnyx delivers it again.
                    logger.LogError(ex, "Could not store {Count} webhook events", batch.Count);
                    foreach (var failed in batch) failed.Stored.TrySetException(ex);
                }
                batch.Clear();
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            // Stopping: whatever still waits was not stored; its request fails and Telnyx retries it.
            while (inbox.Reader.TryRead(out var left)) left.Stored.TrySetException(new OperationCanceledException("The app is stopping."));
        }
    }

    private async Task StoreAsync(List<WebhookInbox.Entry> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        using var turn = await writeTurns.TakeAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = batch.Select(e => e.Event.EventId).Distinct().ToList();
        // This writer is the only one inserting events, so what is not stored now cannot be stored by anyone meanwhile.
        var known = (await db.Set<WebhookEvent>().Where(e => ids.Contains(e.EventId)).Select(e => e.EventId).ToListAsync(cancellationToken)).ToHashSet();
        await using var insert = new PreparedInsert<WebhookEvent>(db);
        foreach (var entry in batch)
            if (known.Add(entry.Event.EventId)) await insert.InsertAsync(entry.Event, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
