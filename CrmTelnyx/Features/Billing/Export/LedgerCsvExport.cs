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
        await using var csv = ExcelSafeCsv.Download(context.Response, $"ledger-{filter.Period.FirstDay:yyyyMMdd}-{filter.Period.LastDay:yyyyMMdd}.csv");
        await WriteAsync(csv, LedgerLine.Of(db, filter).AsAsyncEnumerable(), filter.Period.Zone, aborted);
        return TypedResults.Empty;
    }

    /// <summary>The header, then a record per line as the database returns it: the writer flushes its buffer as it fills.</summary>
    public static async Task<long> WriteAsync(CsvWriter csv, IAsyncEnumerable<LedgerLine> lines, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        await csv.WriteRecordAsync([.. Header], cancellationToken);
        long count = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            Write(csv, line, zone);
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
    public static void Write(CsvWriter csv, LedgerLine line, TimeZoneInfo zone)
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
        csv.WriteField(ContactName(line));
        csv.WriteField(line.BlastId, default);
        csv.WriteField(line.BlastName);
        csv.WriteField(string.IsNullOrWhiteSpace(line.AgentName) ? line.AgentEmail : line.AgentName);
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

    private static string? ContactName(LedgerLine line) =>
        line.ContactFirstName is null && line.ContactLastName is null ? null : $"{line.ContactFirstName} {line.ContactLastName}".Trim();
}
