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

    /// <summary>The most characters of a cell the preview table shows; a longer one is cut and ends in "…".</summary>
    public const int CellCharacters = 120;

    /// <summary>The most characters of a rejected row's text the preview shows (it spans five cells).</summary>
    public const int RowCharacters = 400;

    /// <param name="mapping">A field per column; a missing or unknown one is "don't import", so each row says what is missing.</param>
    /// <returns>The rows, or none when the import is not waiting for its mapping any more (started, or its file swept).</returns>
    public async Task<IReadOnlyList<ImportRows.Row>> PreviewAsync(Guid importId, IReadOnlyList<string?>? mapping, CancellationToken cancellationToken = default)
    {
        var import = await db.ContactImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is not { Status: ImportStatus.Mapping }) return [];
        import.Mapping = ImportChoices.MappingFor(mapping, import.Headers.Count);
        try
        {
            return ImportRows.Read(import).Take(Rows).Select(Shown).ToList();
        }
        catch (FileNotFoundException)
        {
            return [];
        }
        catch (CsvHelper.CsvFormatException)
        {
            // Only a file stored before uploads checked ContactFileLimits can hold a row past the reader's bound.
            return [];
        }
    }

    /// <summary>The row cut to what the table can show, so the page never holds a whole long cell.</summary>
    private static ImportRows.Row Shown(ImportRows.Row row) => row with
    {
        Draft = row.Draft is { } d ? d with
        {
            FirstName = Cut(d.FirstName),
            LastName = Cut(d.LastName),
            Email = CutOrNull(d.Email),
            Company = CutOrNull(d.Company),
            Notes = CutOrNull(d.Notes),
            Tags = d.Tags.Select(t => Cut(t)).ToList(),
            CustomFields = d.CustomFields.ToDictionary(f => f.Key, f => Cut(f.Value)),
        } : null,
        Error = CutOrNull(row.Error, RowCharacters),
        Raw = Cut(row.Raw, RowCharacters),
    };

    private static string Cut(string text, int most = CellCharacters) => text.Length <= most ? text : string.Concat(text.AsSpan(0, most - 1), "…");

    private static string? CutOrNull(string? text, int most = CellCharacters) => text is null ? null : Cut(text, most);
}
