using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Contacts;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// <c>GET /billing/export/ledger.csv</c>: every ledger line the Billing tab's filter matches, oldest first, streamed at
/// constant memory. No totals line: accounting adds the lines up, and they add up to the tab's "All costs" exactly.
/// </summary>
public static class LedgerCsvExport
{
    public static readonly IReadOnlyList<string> Header =
    [
        "entry_id", "occurred_at", "date", "type", "direction", "company_number", "state", "contact_id", "contact", "blast_id", "blast",
        "agent", "quantity", "unit", "amount_usd", "correction", "telnyx_record_id", "source",
    ];

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ExportAsync(HttpContext context, CrmDbContext db)
    {
        var aborted = context.RequestAborted;
        var (filter, problem) = await BillingExportFilter.ReadAsync(context.Request, db, aborted);
        if (filter is null) return problem!;
        var names = await LedgerNames.ReadAsync(db, aborted);
        await using var csv = ExcelSafeCsv.Download(context.Response, $"ledger-{filter.Period.FirstDay:yyyyMMdd}-{filter.Period.LastDay:yyyyMMdd}.csv");
        await WriteAsync(csv, Read(LedgerLine.Of(db, filter)), filter.Period.Zone, names, aborted);
        return TypedResults.Empty;
    }

    /// <summary>
    /// The lines as the database returns them, read synchronously: SQLite's async reads complete synchronously anyway,
    /// and EF's async enumeration only adds its cost per line (a fifth of the export's CPU at a million lines).
    /// </summary>
    public static IEnumerable<LedgerLine> Read(IQueryable<LedgerLine> lines) => lines.AsEnumerable();

    /// <summary>The header, then a record per line: the writer flushes its buffer to the response as it fills.</summary>
    public static async Task<long> WriteAsync(CsvWriter csv, IEnumerable<LedgerLine> lines, TimeZoneInfo zone, LedgerNames names, CancellationToken cancellationToken)
    {
        await csv.WriteRecordAsync([.. Header], cancellationToken);
        long count = 0;
        foreach (var line in lines)
        {
            Write(csv, line, zone, names);
            await csv.EndRecordAsync(cancellationToken);
            count++;
        }
        await csv.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// One line's cells. Numbers, times and dates go in as values, which the writer formats with the invariant culture and
    /// never takes for formulas, so a correction's "-0.0025" stays a number in Excel; text (names a person typed) goes
    /// in as text, which <see cref="ExcelSafeCsv"/> escapes when it starts like a formula.
    /// </summary>
    public static void Write(CsvWriter csv, LedgerLine line, TimeZoneInfo zone, LedgerNames names)
    {
        var occurred = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(line.OccurredAt, DateTimeKind.Utc)), zone);
        csv.WriteField(line.Id, default);
        csv.WriteField(occurred, "yyyy-MM-dd'T'HH:mm:sszzz");
        csv.WriteField(DateOnly.FromDateTime(occurred.DateTime), default);
        csv.WriteField(TypeName(line.Type));
        csv.WriteField(line.Direction switch { LedgerDirection.Outbound => "outbound", LedgerDirection.Inbound => "inbound", _ => "" });
        csv.WriteField(line.CompanyNumber);
        csv.WriteField(line.State);
        csv.WriteField(line.ContactId, default);
        csv.WriteField(line.ContactName);
        csv.WriteField(line.BlastId, default);
        csv.WriteField(names.Blast(line.BlastId));
        csv.WriteField(names.Agent(line.AgentUserId));
        csv.WriteField(line.Quantity, default);
        csv.WriteField(Unit(line.Type));
        csv.WriteField(UsdMicros.Dollars(line.AmountMicros), UsdMicros.Format);
        csv.WriteField(line.IsCorrection ? "yes" : "");
        csv.WriteField(line.TelnyxRecordId);
        csv.WriteField(line.Source);
    }

    public static string TypeName(LedgerEntryType type) => type switch
    {
        LedgerEntryType.Sms => "sms",
        LedgerEntryType.Mms => "mms",
        LedgerEntryType.Call => "call",
        LedgerEntryType.NumberUpfront => "number_upfront",
        LedgerEntryType.NumberMonthly => "number_monthly",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>What <c>quantity</c> counts: a text's segments, a call leg's billed seconds, one fee.</summary>
    public static string Unit(LedgerEntryType type) => type switch
    {
        LedgerEntryType.Sms or LedgerEntryType.Mms => "segments",
        LedgerEntryType.Call => "seconds",
        _ => "fee",
    };
}
