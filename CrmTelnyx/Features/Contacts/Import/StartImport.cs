using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>Queues an import with the person's choices, once: a double click or a second tab does not run it twice.</summary>
public sealed class StartImport(CrmDbContext db, ContactImportQueue queue)
{
    public enum Outcome { Started, AlreadyStarted, Refused, NotFound }

    /// <param name="Problem">Why the choices were refused, in words (with <see cref="Outcome.Refused"/>).</param>
    public sealed record Result(Outcome Outcome, string? Problem = null);

    /// <param name="choices">As the page collected them; anything missing or unknown is refused in words.</param>
    public async Task<Result> StartAsync(Guid importId, ImportChoices? choices, CancellationToken cancellationToken = default)
    {
        var import = await db.ContactImports.AsNoTracking().Where(i => i.Id == importId)
            .Select(i => new { i.Status, Columns = i.Headers.Count }).SingleOrDefaultAsync(cancellationToken);
        if (import is null) return new Result(Outcome.NotFound);
        if (import.Status != ImportStatus.Mapping) return new Result(Outcome.AlreadyStarted);

        if (ImportChoices.Problem(choices?.Mapping, import.Columns) is { } problem) return new Result(Outcome.Refused, problem);
        var mapping = ImportChoices.MappingFor(choices!.Mapping, import.Columns);

        // Only the call that moves it out of Mapping queues it.
        var started = await db.ContactImports.Where(i => i.Id == importId && i.Status == ImportStatus.Mapping).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Mapping, mapping)
            .SetProperty(i => i.Duplicates, choices.Duplicates)
            .SetProperty(i => i.ConsentGiven, choices.Consent)
            .SetProperty(i => i.Status, ImportStatus.Queued), cancellationToken);
        if (started == 0) return new Result(Outcome.AlreadyStarted);
        queue.Enqueue(importId);
        return new Result(Outcome.Started);
    }
}
