using System.Globalization;
using System.Security.Claims;
using CrmTelnyx.Data;
using Microsoft.AspNetCore.Antiforgery;
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
        // over the circuit (docs/benchmarks.md). The pipeline checks the antiforgery token (the metadata asks for it);
        // the handler reads the form itself, so a body over the limit is answered in words rather than as a bad token.
        contacts.MapPost("/import", Upload)
            // Form posts come here rather than to the upload page's own address (the same path).
            .Accepts<IFormFile>("multipart/form-data", "application/x-www-form-urlencoded")
            .WithMetadata(new RequireAntiforgeryTokenAttribute(), new RequestSizeLimitAttribute(ContactFileLimits.MaxBytes + FormOverheadBytes));
        contacts.MapGet("/import/{id:guid}/rejected.csv", RejectedRows);
        return contacts;
    }

    // Room for the form's boundaries, its token and the file's part headers around a file of the largest size.
    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>
    /// Saves the upload and goes to its mapping step, or back to the upload page saying why it was refused; a body over
    /// the limit gets 413 and a missing or stale token 400, each in words.
    /// </summary>
    public static async Task<Results<RedirectHttpResult, ContentHttpResult>> Upload(HttpContext context, UploadContactsCsv upload, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // A declared length over the limit is refused before a byte of the body is read.
        if (context.Request.ContentLength > ContactFileLimits.MaxBytes + FormOverheadBytes)
            return Refused(StatusCodes.Status413PayloadTooLarge, ContactFileLimits.TooBig(context.Request.ContentLength));
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } antiforgery)
        {
            // Reading the form for the token is where an undeclared (chunked) body runs past the limit.
            return IsTooLarge(antiforgery.Error)
                ? Refused(StatusCodes.Status413PayloadTooLarge, ContactFileLimits.TooBig(null))
                : Refused(StatusCodes.Status400BadRequest, "The upload was refused: the page it came from is out of date or not this app's. Open the import page again and choose the file.");
        }
        var file = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync(cancellationToken)).Files.GetFile("file") : null;
        if (file is null || file.Length == 0)
            return BackWith(file is null ? "Choose a CSV file to upload." : "The file is empty.");
        if (file.Length > ContactFileLimits.MaxBytes) return BackWith(ContactFileLimits.TooBig(file.Length));

        await using var content = file.OpenReadStream();
        var result = await upload.UploadAsync(content, file.FileName, user.Identity?.Name ?? "", cancellationToken);
        return result.ImportId is { } id ? TypedResults.Redirect($"/contacts/import/{id}") : BackWith(result.Error!);
    }

    private static ContentHttpResult Refused(int status, string words) => TypedResults.Text(words, "text/plain; charset=utf-8", statusCode: status);

    private static bool IsTooLarge(Exception? error) =>
        error is not null && (error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || IsTooLarge(error.InnerException));

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
