using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// What one company number cost over a filter, by kind. Texts and call legs count first entries only (a correction is
/// not a new text); amounts include corrections, so the rows' <see cref="Micros"/> add up to the tab's "All costs".
/// </summary>
/// <param name="CompanyNumber">Null for costs charged on no number.</param>
/// <param name="DeliveredTexts">Outbound texts whose message Telnyx reported delivered (the ledger alone does not know).</param>
public sealed record NumberSummary(
    string? CompanyNumber, int Texts, long Segments, int DeliveredTexts, long TextMicros, long OutboundTextMicros,
    int CallLegs, long CallSeconds, long CallMicros, long FeeMicros, long Micros)
{
    /// <summary>What each text that reached someone cost: outbound texts' cost over those delivered; null when none was.</summary>
    public long? MicrosPerDeliveredText => DeliveredTexts == 0 ? null : (long)Math.Round((decimal)OutboundTextMicros / DeliveredTexts, MidpointRounding.AwayFromZero);

    /// <summary>Per number, most expensive first as on the tab: one grouped query over the ledger and one counting delivered texts.</summary>
    public static async Task<IReadOnlyList<NumberSummary>> ReadAsync(CrmDbContext db, BillingFilter filter, CancellationToken cancellationToken)
    {
        var entries = filter.Apply(db.LedgerEntries.AsNoTracking());
        var sums = await entries
            .GroupBy(e => e.CompanyNumber)
            .Select(g => new
            {
                Number = g.Key,
                Texts = g.Count(e => !e.IsCorrection && (e.Type == LedgerEntryType.Sms || e.Type == LedgerEntryType.Mms)),
                Segments = g.Where(e => e.Type == LedgerEntryType.Sms || e.Type == LedgerEntryType.Mms).Sum(e => (long)e.Quantity),
                TextMicros = g.Where(e => e.Type == LedgerEntryType.Sms || e.Type == LedgerEntryType.Mms).Sum(e => e.AmountMicros),
                OutboundTextMicros = g.Where(e => (e.Type == LedgerEntryType.Sms || e.Type == LedgerEntryType.Mms) && e.Direction == LedgerDirection.Outbound).Sum(e => e.AmountMicros),
                CallLegs = g.Count(e => !e.IsCorrection && e.Type == LedgerEntryType.Call),
                CallSeconds = g.Where(e => e.Type == LedgerEntryType.Call).Sum(e => (long)e.Quantity),
                CallMicros = g.Where(e => e.Type == LedgerEntryType.Call).Sum(e => e.AmountMicros),
                FeeMicros = g.Where(e => e.Type == LedgerEntryType.NumberUpfront || e.Type == LedgerEntryType.NumberMonthly).Sum(e => e.AmountMicros),
                Micros = g.Sum(e => e.AmountMicros),
            })
            .ToListAsync(cancellationToken);
        // A text's ledger entry carries its Telnyx message id; its message row (unique on that id) knows whether it arrived.
        var delivered = await (
                from e in entries
                where !e.IsCorrection && (e.Type == LedgerEntryType.Sms || e.Type == LedgerEntryType.Mms) && e.Direction == LedgerDirection.Outbound
                join m in db.Messages on e.TelnyxRecordId equals m.TelnyxMessageId
                where m.Status == MessageStatuses.Delivered
                group e by e.CompanyNumber into g
                select new { Number = g.Key, Count = g.Count() })
            .ToDictionaryAsync(d => d.Number ?? "", d => d.Count, cancellationToken);

        return sums
            .Select(s => new NumberSummary(s.Number, s.Texts, s.Segments, delivered.GetValueOrDefault(s.Number ?? ""), s.TextMicros, s.OutboundTextMicros,
                s.CallLegs, s.CallSeconds, s.CallMicros, s.FeeMicros, s.Micros))
            .OrderByDescending(s => s.Micros).ThenBy(s => s.CompanyNumber is null).ThenBy(s => s.CompanyNumber, StringComparer.Ordinal)
            .ToList();
    }
}
