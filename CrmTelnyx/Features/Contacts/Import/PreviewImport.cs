using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>
/// The first rows of an uploaded file as the import will treat them with the chosen mapping: read through
/// <see cref="ImportRows"/>, the import's own reader, so a rejection shown here is the rejection the import makes.
/// </summary>
public sealed class PreviewImport(CrmDbContext db)
{
    public const int Rows = 5;

    /// <returns>The rows, or none when the import is not waiting for its mapping any more (started, or its file swept).</returns>
    public async Task<IReadOnlyList<ImportRows.Row>> PreviewAsync(Guid importId, IReadOnlyList<string> mapping, CancellationToken cancellationToken = default)
    {
        var import = await db.ContactImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is not { Status: ImportStatus.Mapping }) return [];
        import.Mapping = ImportChoices.MappingFor(mapping, import.Headers.Count);
        try
        {
            return ImportRows.Read(import).Take(Rows).ToList();
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }
}
