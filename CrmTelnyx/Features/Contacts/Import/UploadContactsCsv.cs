using CrmTelnyx.Data;
using CrmTelnyx.Hosting;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>Saves an uploaded CSV, checks it is a CSV with rows, and proposes a column mapping for the person to review.</summary>
public sealed class UploadContactsCsv(CrmDbContext db, DataFolder dataFolder, TimeProvider time)
{
    /// <summary>The new import (in its mapping step), or why the file was refused.</summary>
    public sealed record Result(Guid? ImportId, string? Error);

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
