using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>What the company has spent this calendar month (its zone), from the ledger's day roll-up, against its budget.</summary>
public sealed class ReadBudget(CrmDbContext db, TimeProvider time)
{
    public async Task<BudgetStatus> ReadAsync(CancellationToken cancellationToken = default)
    {
        var budget = await db.BillingBudget.AsNoTracking().SingleAsync(b => b.Id == BillingBudget.SingletonId, cancellationToken);
        // This month so far (to the end of today), as the tab's "This month" reads it.
        var month = BillingPeriod.Of(BillingPreset.ThisMonth, time.GetUtcNow(), await CompanyClock.ZoneAsync(db, cancellationToken));
        var spent = await SpentMicrosAsync(month, cancellationToken) / 1_000_000m;
        var alerts = budget.Alerts;
        int? percent = budget.MonthlyAmount is > 0 and var amount ? (int)Math.Floor(spent / amount * 100) : null;
        int? crossed = percent is { } p && alerts.Where(a => a <= p).ToList() is { Count: > 0 } reached ? reached.Max() : null;
        return new BudgetStatus(budget.MonthlyAmount, alerts, spent, percent, crossed, budget.Version, budget.HoldBlastsOverBudget,
            CompanyClock.ToUtc(month.FirstDay.AddMonths(1).ToDateTime(TimeOnly.MinValue), month.Zone));
    }

    /// <summary>From the day roll-up when it was built for this zone (a month's few thousand rows), else from the ledger.</summary>
    private async Task<long> SpentMicrosAsync(BillingPeriod month, CancellationToken cancellationToken)
    {
        if (new BillingFilter(month).FitsDailyRollUp(await db.LedgerDayZone.AsNoTracking().Select(z => z.ZoneId).SingleOrDefaultAsync(cancellationToken)))
            return await db.LedgerDays.Where(d => d.Day >= month.FirstDay && d.Day <= month.LastDay).SumAsync(d => d.AmountMicros, cancellationToken);
        var (from, to) = (month.FromUtc.UtcDateTime, month.ToUtc.UtcDateTime);
        return await db.LedgerEntries.Where(e => e.OccurredAt >= from && e.OccurredAt < to).SumAsync(e => e.AmountMicros, cancellationToken);
    }
}
