using System.Globalization;
using System.Security.Claims;
using CrmTelnyx.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts.Import;

public static class ImportEndpoints
{
    public static IHostApplicationBuilder AddContactImport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<UploadContactsCsv>();
        builder.Services.AddScoped<PreviewImport>();
        builder.Services.AddScoped<StartImport>();
        builder.Services.AddScoped<ContactImportRunner>();
        builder.Services.AddSingleton<ContactImportQueue>();
        builder.Services.AddHostedService<ContactImportWorker>();
        return builder;
    }

    public static RouteGroupBuilder MapContactImport(this RouteGroupBuilder contacts)
    {
        // The upload page posts its form here as a plain browser upload: measured far faster than streaming the file
        // over the circuit (docs/benchmarks.md). Antiforgery is checked for form posts by the pipeline.
        contacts.MapPost("/import", Upload).WithMetadata(new RequestSizeLimitAttribute(UploadContactsCsv.MaxBytes + 64 * 1024));
        contacts.MapGet("/import/{id:guid}/rejected.csv", RejectedRows);
        return contacts;
    }

    /// <summary>Saves the upload and goes to its mapping step, or back to the upload page saying why it was refused.</summary>
    public static async Task<RedirectHttpResult> Upload(IFormFile? file, UploadContactsCsv upload, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            return BackWith(file is null ? "Choose a CSV file to upload." : "The file is empty.");
        if (UploadContactsCsv.TooBig(file.Length) is { } tooBig) return BackWith(tooBig);

        await using var content = file.OpenReadStream();
        var result = await upload.UploadAsync(content, file.FileName, user.Identity?.Name ?? "", cancellationToken);
        return result.ImportId is { } id ? TypedResults.Redirect($"/contacts/import/{id}") : BackWith(result.Error!);
    }

    private static RedirectHttpResult BackWith(string error) => TypedResults.Redirect("/contacts/import?error=" + Uri.EscapeDataString(error));

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
