using System.Globalization;
using System.Security.Claims;
using CrmTelnyx.Hosting;
using CrmTelnyx.Data;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts.Import;

public static class ImportEndpoints
{
    public const long MaxUploadBytes = 100 * 1024 * 1024;

    public static RouteGroupBuilder MapContactImport(this RouteGroupBuilder contacts)
    {
        contacts.MapPost("/import", Upload).WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes));
        contacts.MapPost("/import/{id:guid}/preview", Preview);
        contacts.MapPost("/import/{id:guid}/start", Start);
        contacts.MapGet("/import/{id:guid}/progress", Progress);
        contacts.MapGet("/import/{id:guid}/rejected.csv", RejectedRows);
        return contacts;
    }

    /// <summary>Saves the upload, checks it is a CSV and proposes a column mapping; then the person reviews it.</summary>
    public static async Task<RedirectHttpResult> Upload(IFormFile? file, CrmDbContext db, DataFolder dataFolder, TimeProvider time, ClaimsPrincipal user)
    {
        if (file is null || file.Length == 0)
            return TypedResults.Redirect("/contacts/import?error=" + Uri.EscapeDataString(file is null ? "Choose a CSV file to upload." : "The file is empty."));

        var id = Guid.NewGuid();
        var path = dataFolder.Combine("imports", $"{id:N}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var target = File.Create(path)) await file.CopyToAsync(target);

        CsvFileInspector.Inspection inspection;
        try
        {
            inspection = CsvFileInspector.Inspect(path, file.FileName);
        }
        catch (CsvFileInspector.NotACsvException ex)
        {
            File.Delete(path);
            return TypedResults.Redirect("/contacts/import?error=" + Uri.EscapeDataString(ex.Message));
        }

        db.ContactImports.Add(new ContactImport
        {
            Id = id,
            FileName = Path.GetFileName(file.FileName),
            StoredPath = path,
            Delimiter = inspection.Delimiter,
            Headers = inspection.Headers,
            Mapping = ColumnMappingDetector.Propose(inspection.Headers),
            TotalRows = inspection.RowCount,
            Status = ImportStatus.Mapping,
            CreatedBy = user.Identity?.Name ?? "",
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return TypedResults.Redirect($"/contacts/import/{id}");
    }

    public static async Task<Results<RazorComponentResult<ImportPreview>, NotFound>> Preview(Guid id, [FromForm] ImportChoices choices, CrmDbContext db)
    {
        var import = await db.ContactImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (import is null) return TypedResults.NotFound();
        import.Mapping = choices.MappingFor(import.Headers.Count);
        return new RazorComponentResult<ImportPreview>(new { Import = import });
    }

    public static async Task<Results<RedirectHttpResult, NotFound>> Start(Guid id, [FromForm] ImportChoices choices, CrmDbContext db, ContactImportQueue queue)
    {
        var import = await db.ContactImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (import is null) return TypedResults.NotFound();
        if (import.Status != ImportStatus.Mapping) return TypedResults.Redirect($"/contacts/import/{id}");

        var mapping = choices.MappingFor(import.Headers.Count);
        if (ImportChoices.Problem(mapping) is { } problem)
            return TypedResults.Redirect($"/contacts/import/{id}?error={Uri.EscapeDataString(problem)}");

        // Only the request that moves it out of Mapping queues it: a double-clicked Import button runs it once.
        var duplicates = choices.Duplicates == "update" ? DuplicateMode.Update : DuplicateMode.Skip;
        var started = await db.ContactImports.Where(i => i.Id == id && i.Status == ImportStatus.Mapping).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Mapping, mapping)
            .SetProperty(i => i.Duplicates, duplicates)
            .SetProperty(i => i.ConsentGiven, choices.Consent)
            .SetProperty(i => i.Status, ImportStatus.Queued));
        if (started == 1) queue.Enqueue(id);
        return TypedResults.Redirect($"/contacts/import/{id}");
    }

    public static async Task<Results<RazorComponentResult<ImportProgress>, NotFound>> Progress(Guid id, CrmDbContext db)
    {
        var import = await db.ContactImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        return import is null ? TypedResults.NotFound() : new RazorComponentResult<ImportProgress>(new { Import = import });
    }

    /// <summary>The rejected rows as CSV: line number, reason and the row as it was, to fix and import again.</summary>
    public static async Task RejectedRows(Guid id, CrmDbContext db, HttpContext context)
    {
        var import = await db.ContactImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (import is null) { context.Response.StatusCode = StatusCodes.Status404NotFound; return; }
        await using var csv = ExcelSafeCsv.Download(context.Response, $"rejected-{Path.GetFileNameWithoutExtension(import.FileName)}.csv");
        await csv.WriteRecordAsync(["line", "reason", "row"]);
        await foreach (var rejection in db.ImportRejections.AsNoTracking().Where(r => r.ImportId == id).OrderBy(r => r.LineNumber).AsAsyncEnumerable())
        {
            await csv.WriteRecordAsync([rejection.LineNumber.ToString(CultureInfo.InvariantCulture), rejection.Reason, rejection.RawRow]);
        }
    }
}
