using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Export;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.Contacts;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Billing.Export;

/// <summary>
/// The ledger CSV as the app wrote it before it stepped SQLite itself: EF materialises <see cref="LedgerLine"/>s and the
/// writer gets strings. Kept here only as the reference the fast path's bytes must equal.
/// </summary>
public static class LedgerCsvReference
{
    public static async Task<byte[]> ExportAsync(CrmDbContext db, BillingFilter filter)
    {
        var blasts = await db.Blasts.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name);
        var agents = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? "" : u.DisplayName);
        using var body = new MemoryStream();
        await using (var csv = ExcelSafeCsv.Create(body))
            await WriteAsync(csv, LedgerLine.Of(db, filter).AsEnumerable(), filter.Period.Zone, blasts, agents);
        return body.ToArray();
    }

    public static async Task WriteAsync(CsvWriter csv, IEnumerable<LedgerLine> lines, TimeZoneInfo zone, IReadOnlyDictionary<long, string> blasts,
        IReadOnlyDictionary<string, string> agents)
    {
        await csv.WriteRecordAsync([.. LedgerCsvExport.Header]);
        foreach (var line in lines)
        {
            var occurred = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(line.OccurredAt, DateTimeKind.Utc)), zone);
            csv.WriteField(line.Id, default);
            csv.WriteField(occurred, "yyyy-MM-dd'T'HH:mm:sszzz");
            csv.WriteField(DateOnly.FromDateTime(occurred.DateTime), default);
            csv.WriteField(LedgerCsvExport.TypeName(line.Type));
            csv.WriteField(LedgerCsvExport.DirectionName(line.Direction));
            csv.WriteField(line.CompanyNumber);
            csv.WriteField(line.State);
            csv.WriteField(line.ContactId, default);
            csv.WriteField(line.ContactName);
            csv.WriteField(line.BlastId, default);
            csv.WriteField(line.BlastId is { } blast ? blasts.GetValueOrDefault(blast) : null);
            csv.WriteField(line.AgentUserId is { } agent ? agents.GetValueOrDefault(agent) : null);
            csv.WriteField(line.Quantity, default);
            csv.WriteField(LedgerCsvExport.Unit(line.Type));
            csv.WriteField(UsdMicros.Dollars(line.AmountMicros), UsdMicros.Format);
            csv.WriteField(line.IsCorrection ? "yes" : "");
            csv.WriteField(line.TelnyxRecordId);
            csv.WriteField(line.Source);
            await csv.EndRecordAsync();
        }
        await csv.FlushAsync();
    }
}
