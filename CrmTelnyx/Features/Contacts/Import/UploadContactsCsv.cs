using CrmTelnyx.Data;
using CrmTelnyx.Hosting;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>Saves an uploaded CSV, checks it is a CSV with rows, and proposes a column mapping for the person to review.</summary>
public sealed class UploadContactsCsv(CrmDbContext db, DataFolder dataFolder, TimeProvider time)
{
    public const long MaxBytes = 100 * 1024 * 1024;

    /// <summary>The new import (in its mapping step), or why the file was refused.</summary>
    public sealed record Result(Guid? ImportId, string? Error);

    /// <summary>Says in words why a file of this size is refused before it is sent, or null when it may be uploaded.</summary>
    public static string? TooBig(long bytes, long maxBytes = MaxBytes) => bytes <= maxBytes
        ? null
        : $"The file is {bytes / 1024.0 / 1024.0:F1} MB; files up to {maxBytes / 1024.0 / 1024.0:F1} MB can be imported. Split it into smaller files.";

    public async Task<Result> UploadAsync(Stream content, string fileName, string createdBy, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        var path = dataFolder.Combine("imports", $"{id:N}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var target = File.Create(path)) await content.CopyToAsync(target, cancellationToken);

        CsvFileInspector.Inspection inspection;
        try
        {
            inspection = CsvFileInspector.Inspect(path, fileName);
        }
        catch (CsvFileInspector.NotACsvException ex)
        {
            File.Delete(path);
            return new Result(null, ex.Message);
        }

        db.ContactImports.Add(new ContactImport
        {
            Id = id,
            FileName = Path.GetFileName(fileName),
            StoredPath = path,
            Delimiter = inspection.Delimiter,
            Headers = inspection.Headers,
            Mapping = ColumnMappingDetector.Propose(inspection.Headers),
            TotalRows = inspection.RowCount,
            Status = ImportStatus.Mapping,
            CreatedBy = createdBy,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new Result(id, null);
    }
}
