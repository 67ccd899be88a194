using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>
/// Runs one import: streams the file (constant memory), maps and validates each row, writes good rows in batches,
/// records each rejected row with its line number, and reports progress after every batch.
/// </summary>
public sealed class ContactImportRunner(CrmDbContext db, TagResolver tags, ILiveNotifier live, TimeProvider time, ILogger<ContactImportRunner> logger)
{
    // Each batch costs a lookup of known numbers and a commit; 2,000 rows keep both rare and memory small.
    public const int BatchSize = 2000;

    public async Task RunAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await db.ContactImports.SingleAsync(i => i.Id == importId, cancellationToken);
        // Queued once, run once: a second wake-up for the same import finds it running or done.
        if (import.Status != ImportStatus.Queued) return;
        import.Status = ImportStatus.Running;
        import.StartedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            await ImportRowsAsync(import, cancellationToken);
            import.Status = ImportStatus.Completed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Import {ImportId} of {File} failed", import.Id, import.FileName);
            // The failed batch was rolled back: report what was committed, not what was counted in memory.
            db.ChangeTracker.Clear();
            var committed = await db.ContactImports.AsNoTracking().SingleAsync(i => i.Id == import.Id, CancellationToken.None);
            (import.ProcessedRows, import.Imported, import.Updated, import.Skipped, import.Rejected) =
                (committed.ProcessedRows, committed.Imported, committed.Updated, committed.Skipped, committed.Rejected);
            import.Status = ImportStatus.Failed;
            import.Error = $"The import stopped at row {import.ProcessedRows}: {ex.Message}";
        }
        import.FinishedAt = time.GetUtcNow().UtcDateTime;
        db.ChangeTracker.Clear();
        db.ContactImports.Update(import);
        await db.SaveChangesAsync(CancellationToken.None);
        await PublishAsync(import);
        TryDelete(import.StoredPath);
    }

    private async Task ImportRowsAsync(ContactImport import, CancellationToken cancellationToken)
    {
        var writer = new ContactBatchWriter(db, tags);
        var batch = new List<ContactDraft>(BatchSize);
        var rejections = new List<ImportRejection>();
        foreach (var row in ImportRows.Read(import))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Draft is not null) batch.Add(row.Draft);
            else rejections.Add(new ImportRejection { ImportId = import.Id, LineNumber = row.Line, Reason = row.Error!, RawRow = Truncate(row.Raw) });
            import.ProcessedRows++;

            if (batch.Count + rejections.Count >= BatchSize) await FlushAsync(writer, import, batch, rejections, cancellationToken);
        }
        await FlushAsync(writer, import, batch, rejections, cancellationToken);
    }

    private async Task FlushAsync(ContactBatchWriter writer, ContactImport import, List<ContactDraft> batch, List<ImportRejection> rejections, CancellationToken cancellationToken)
    {
        // One commit per batch: the rows and the progress that counts them are saved together.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var outcome = await writer.WriteAsync(batch, import, time.GetUtcNow().UtcDateTime, cancellationToken);
            db.ImportRejections.AddRange(rejections);
            import.Imported += outcome.Imported;
            import.Updated += outcome.Updated;
            import.Skipped += outcome.Skipped;
            import.Rejected += rejections.Count;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        // Keep memory flat over a 100,000-row file: forget this batch's entities, keep the import row tracked.
        db.ChangeTracker.Clear();
        db.ContactImports.Attach(import);
        batch.Clear();
        rejections.Clear();
        await PublishAsync(import);
    }

    private Task PublishAsync(ContactImport import) =>
        live.PublishAsync(LiveTopics.Contacts, ImportProgressEvent.EventName, ImportProgressEvent.Of(import));

    private static string Truncate(string raw) => raw.Length <= 4000 ? raw : raw[..4000];

    private void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException ex) { logger.LogWarning(ex, "Could not delete the uploaded file {Path}", path); }
    }
}
