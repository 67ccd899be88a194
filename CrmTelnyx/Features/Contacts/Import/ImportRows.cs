namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>
/// An uploaded file's rows as the import sees them: each mapped with the import's choices, or rejected with its reason
/// and line number. The preview and the import read through here, so the preview shows what the import will do.
/// </summary>
public static class ImportRows
{
    /// <param name="Raw">The row as written in the file, for rejected rows (empty for good ones).</param>
    public sealed record Row(int Line, ContactDraft? Draft, string? Error, string Raw);

    /// <summary>Streams the file: one row in memory at a time.</summary>
    public static IEnumerable<Row> Read(ContactImport import)
    {
        var badQuotes = false;
        using var csv = CsvFileInspector.Open(import.StoredPath, import.Delimiter, _ => badQuotes = true);
        while (csv.Read())
        {
            var fields = CsvFileInspector.Fields(csv);
            string? error = null;
            ContactDraft? draft = null;
            if (badQuotes) error = "A quote is out of place, so the row's columns cannot be told apart.";
            else if (fields.Length > import.Headers.Count && fields.Skip(import.Headers.Count).Any(f => f.Trim().Length > 0))
                error = $"The row has {fields.Length} columns but the header has {import.Headers.Count} (an unquoted comma?).";
            else (draft, error) = ContactRowMapper.Map(import.Headers, import.Mapping, fields);
            badQuotes = false;
            // The raw text is only shown for rejected rows; skip decoding it for the good ones.
            yield return new Row((int)csv.LineNumber, draft, error, draft is null ? CsvFileInspector.RawRecord(csv) : "");
        }
    }
}
