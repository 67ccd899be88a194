using CsvHelper;
using Microsoft.Net.Http.Headers;

namespace CrmTelnyx.Features.Contacts;

/// <summary>CSV output that spreadsheets cannot run: cells starting with = + - @ (or tab/CR) are escaped with a leading apostrophe.</summary>
public static class ExcelSafeCsv
{
    public static CsvWriter Create(Stream output) =>
        CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);

    /// <summary>Starts a CSV file download named <paramref name="fileName"/> and returns the writer for its rows.</summary>
    public static CsvWriter Download(HttpResponse response, string fileName)
    {
        response.ContentType = "text/csv; charset=utf-8";
        // Header values must be ASCII: a name like "Kundenliste-München" goes in filename* (UTF-8) with an ASCII fallback.
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        return Create(response.Body);
    }
}
