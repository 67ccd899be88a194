using System.Text;
using CsvHelper;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>Checks an uploaded file is a CSV with a header and rows, and finds its delimiter, headers and row count.</summary>
public static class CsvFileInspector
{
    public sealed record Inspection(char Delimiter, List<string> Headers, int RowCount);

    public sealed class NotACsvException(string message) : Exception(message);

    public static Inspection Inspect(string path, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".txt" or ".tsv"))
            throw new NotACsvException($"'{fileName}' is not a CSV file. Choose a .csv file (in Excel: File → Save As → CSV UTF-8).");

        var head = ReadHead(path);
        if (head.Length == 0 || head.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or 0xEF or 0xBB or 0xBF))
            throw new NotACsvException("The file is empty.");
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
            throw new NotACsvException("This is an Excel or zip file, not a CSV. In Excel use File → Save As → CSV UTF-8.");
        if (head.Contains((byte)0))
            throw new NotACsvException("This file is not text, so it cannot be a CSV. Save it as CSV UTF-8 and try again.");

        long? unclosedQuoteLine = null;
        using var csv = Open(path, separator: null, malformed => unclosedQuoteLine ??= malformed.Reason == CsvMalformedReason.UnterminatedQuote ? malformed.LineNumber : null);
        IReadOnlyList<string> headerRecord;
        try
        {
            headerRecord = csv.Headers.ToList();
        }
        catch (CsvFormatException)
        {
            // A header longer than the reader's buffer bound breaks a limit: say which, with the usual separator.
            throw new NotACsvException(CsvLimitCheck.FirstProblem(path, ',') ?? "The header row cannot be read: check its quotes.");
        }
        // Before any row is read: a huge cell or thousands of columns are refused with their size, in constant memory.
        if (CsvLimitCheck.FirstProblem(path, csv.Separator) is { } tooLarge) throw new NotACsvException(tooLarge);
        if (headerRecord.Count == 0 || headerRecord.All(string.IsNullOrWhiteSpace))
            throw new NotACsvException("The file has no header row.");
        var headers = headerRecord.Select((h, i) => string.IsNullOrWhiteSpace(h) ? $"Column {i + 1}" : h.Trim()).ToList();
        var rows = 0;
        while (csv.Read()) rows++;
        // An unclosed quote swallows every row after it into one field: refuse the file rather than import half of it.
        if (unclosedQuoteLine is { } line) throw new NotACsvException(UnclosedQuote(line));
        if (rows == 0)
            throw new NotACsvException("The file has a header row but no contacts under it.");
        return new Inspection(csv.Separator, headers, rows);
    }

    public static string UnclosedQuote(long line) =>
        $"Line {line}: a quote opens a field that is never closed, so the rows after it cannot be told apart. Fix that line and upload again.";

    /// <summary>Opens a CSV for reading: header first, line numbers tracked, cells trimmed; a null separator is detected.</summary>
    public static CsvReader Open(string path, char? separator, Action<CsvMalformedRecord>? malformed = null) =>
        CsvReader.Create(File.OpenRead(path), new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            OnMalformedRecord = malformed,
            // Bounds the reader's buffer on every path, even for a file stored before the upload checked its limits.
            MaxRecordSize = ContactFileLimits.MaxRowBytes,
        }, leaveOpen: false);

    /// <summary>The current record's cells.</summary>
    public static string[] Fields(CsvReader csv)
    {
        var fields = new string[csv.FieldCount];
        for (var i = 0; i < fields.Length; i++) fields[i] = csv.GetString(i);
        return fields;
    }

    public static string RawRecord(CsvReader csv) => Encoding.UTF8.GetString(csv.RawRecord);

    private static byte[] ReadHead(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[8192];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..read];
    }

}
