using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
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
        await WriteAsync(csv, db, filter, names, aborted);
        return TypedResults.Empty;
    }

    /// <summary>
    /// The header, then a record per line as SQLite steps the query (<see cref="LedgerLineReader"/>); the writer flushes its
    /// buffer to the response as it fills. A download the client drops stops at the next line, and the statement is finalized.
    /// </summary>
    public static async Task<long> WriteAsync(CsvWriter csv, CrmDbContext db, BillingFilter filter, LedgerNames names, CancellationToken cancellationToken)
    {
        await csv.WriteRecordAsync([.. Header], cancellationToken);
        long count = 0;
        // Opened here (and closed after) so the raw statement has a connection for as long as it is stepped; EF counts opens,
        // so a connection the caller already opened stays open.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            using var lines = LedgerLineReader.Open(db, filter);
            while (lines.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                Write(csv, lines, filter.Period.Zone, names);
                await csv.EndRecordAsync(cancellationToken);
                count++;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        await csv.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// One line's cells. Numbers, times and dates go in as values, which the writer formats with the invariant culture and
    /// never takes for formulas, so a correction's "-0.0025" stays a number in Excel; text (names a person typed) goes
    /// in as UTF-8 text, which <see cref="ExcelSafeCsv"/> escapes when it starts like a formula.
    /// </summary>
    private static void Write(CsvWriter csv, LedgerLineReader line, TimeZoneInfo zone, LedgerNames names)
    {
        var occurred = TimeZoneInfo.ConvertTime(new DateTimeOffset(line.OccurredAt), zone);
        var type = line.Type;
        var blastId = line.BlastId;
        csv.WriteField(line.EntryId, default);
        csv.WriteField(occurred, "yyyy-MM-dd'T'HH:mm:sszzz");
        csv.WriteField(DateOnly.FromDateTime(occurred.DateTime), default);
        csv.WriteField(LedgerTypeNames.Name(type));
        csv.WriteField(LedgerTypeNames.Direction(line.Direction));
        csv.WriteField(line.CompanyNumber);
        csv.WriteField(line.State);
        csv.WriteField(line.ContactId, default);
        csv.WriteField(line.ContactName);
        csv.WriteField(blastId, default);
        csv.WriteField(names.Blast(blastId));
        csv.WriteField(names.Agent(line.AgentUserId));
        csv.WriteField(line.Quantity, default);
        csv.WriteField(LedgerTypeNames.Unit(type));
        csv.WriteField(UsdMicros.Dollars(line.AmountMicros), UsdMicros.Format);
        csv.WriteField(line.IsCorrection ? "yes"u8 : []);
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

    public static string DirectionName(LedgerDirection? direction) => direction switch
    {
        LedgerDirection.Outbound => "outbound",
        LedgerDirection.Inbound => "inbound",
        _ => "",
    };

    /// <summary>What <c>quantity</c> counts: a text's segments, a call leg's billed seconds, one fee.</summary>
    public static string Unit(LedgerEntryType type) => type switch
    {
        LedgerEntryType.Sms or LedgerEntryType.Mms => "segments",
        LedgerEntryType.Call => "seconds",
        _ => "fee",
    };
}
