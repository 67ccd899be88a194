using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// <c>GET /billing/export/numbers.csv</c>: the tab's per-number summary over its filter, a row per company number. A few
/// rows (one per number), so it is read in one go; no totals row, so the file stays one table a spreadsheet can sum.
/// </summary>
public static class NumberSummaryCsvExport
{
    /// <summary>The row for costs charged on no company number, so the rows still add up to "All costs".</summary>
    public const string NoNumber = "(no number)";

    public static readonly IReadOnlyList<string> Header =
    [
        "company_number", "texts", "segments", "texts_delivered", "text_cost_usd", "call_legs", "call_seconds", "call_minutes", "call_cost_usd",
        "number_fees_usd", "cost_usd", "cost_per_delivered_text_usd",
    ];

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ExportAsync(HttpContext context, CrmDbContext db)
    {
        var aborted = context.RequestAborted;
        var (filter, problem) = await BillingExportFilter.ReadAsync(context.Request, db, aborted);
        if (filter is null) return problem!;
        var numbers = await NumberSummary.ReadAsync(db, filter, aborted);
        await using var csv = ExcelSafeCsv.Download(context.Response, $"numbers-{filter.Period.FirstDay:yyyyMMdd}-{filter.Period.LastDay:yyyyMMdd}.csv");
        await csv.WriteRecordAsync([.. Header], aborted);
        foreach (var number in numbers)
        {
            Write(csv, number);
            await csv.EndRecordAsync(aborted);
        }
        return TypedResults.Empty;
    }

    /// <summary>One number's cells; amounts and counts as values (a dot, never escaped), the number as text.</summary>
    public static void Write(CsvWriter csv, NumberSummary number)
    {
        csv.WriteField(number.CompanyNumber ?? NoNumber);
        csv.WriteField(number.Texts, default);
        csv.WriteField(number.Segments, default);
        csv.WriteField(number.DeliveredTexts, default);
        csv.WriteField(UsdMicros.Dollars(number.TextMicros), UsdMicros.Format);
        csv.WriteField(number.CallLegs, default);
        csv.WriteField(number.CallSeconds, default);
        csv.WriteField(Math.Round(number.CallSeconds / 60m, 2), "0.##");
        csv.WriteField(UsdMicros.Dollars(number.CallMicros), UsdMicros.Format);
        csv.WriteField(UsdMicros.Dollars(number.FeeMicros), UsdMicros.Format);
        csv.WriteField(UsdMicros.Dollars(number.Micros), UsdMicros.Format);
        if (number.MicrosPerDeliveredText is { } perText) csv.WriteField(UsdMicros.Dollars(perText), UsdMicros.Format);
        else csv.WriteField("");
    }
}
