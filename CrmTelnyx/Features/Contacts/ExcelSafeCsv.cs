using CsvHelper;

namespace CrmTelnyx.Features.Contacts;

/// <summary>CSV output that spreadsheets cannot run: cells starting with = + - @ (or tab/CR) are escaped with a leading apostrophe.</summary>
public static class ExcelSafeCsv
{
    public static CsvWriter Create(Stream output) =>
        CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);
}
