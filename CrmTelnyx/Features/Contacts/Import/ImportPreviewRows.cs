namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>The first rows of an uploaded file mapped with the current choices, for the preview.</summary>
public static class ImportPreviewRows
{
    public sealed record Row(int Line, ContactDraft? Draft, string? Error, string Raw);

    public static List<Row> Read(ContactImport import, int count)
    {
        var rows = new List<Row>();
        using var csv = CsvFileInspector.Open(import.StoredPath, import.Delimiter);
        while (rows.Count < count && csv.Read())
        {
            var (draft, error) = ContactRowMapper.Map(import.Headers, import.Mapping, CsvFileInspector.Fields(csv));
            rows.Add(new Row((int)csv.LineNumber, draft, error, CsvFileInspector.RawRecord(csv)));
        }
        return rows;
    }
}
