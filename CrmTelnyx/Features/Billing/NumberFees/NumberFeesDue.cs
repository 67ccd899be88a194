using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.NumberFees;

/// <summary>A number's fees that are due and not in the ledger yet: the entries to add, and the fees whose price is unknown.</summary>
public sealed record NumberFeesDue(IReadOnlyList<LedgerEntry> Entries, IReadOnlyList<NumberFee> UnknownCost)
{
    /// <summary>
    /// Compared by source with the ledger and with entries this save already adds, so a fee is entered once however
    /// often this runs; a fee whose price is unknown is left out (never guessed) and reported.
    /// </summary>
    public static async Task<NumberFeesDue> FindAsync(
        CrmDbContext db, CompanyNumber number, DateTime now, CancellationToken cancellationToken)
    {
        var due = NumberFeeSchedule.Due(number, now).ToList();
        if (due.Count == 0) return new([], []);
        var sources = due.Select(f => f.Source).ToList();
        var entered = (await db.LedgerEntries.AsNoTracking().Where(e => sources.Contains(e.Source)).Select(e => e.Source).ToListAsync(cancellationToken))
            .Concat(db.ChangeTracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Source))
            .ToHashSet();
        var missing = due.Where(f => !entered.Contains(f.Source)).ToList();
        var entries = new List<LedgerEntry>();
        var unknown = new List<NumberFee>();
        foreach (var fee in missing)
        {
            if ((fee.Type == LedgerEntryType.NumberUpfront ? number.UpfrontCost : number.MonthlyCost) is not { } amount) unknown.Add(fee);
            else entries.Add(Entry(number, fee, amount, now));
        }
        return new(entries, unknown);
    }

    private static LedgerEntry Entry(CompanyNumber number, NumberFee fee, decimal amount, DateTime now) => new()
    {
        Source = fee.Source,
        OccurredAt = fee.OccurredAt,
        Type = fee.Type,
        CompanyNumber = number.PhoneNumber,
        State = number.State,
        Quantity = 1,
        Amount = fee.Of(amount),
        Currency = number.CostCurrency ?? "USD",
        TelnyxRecordId = number.TelnyxId,
        RecordedAt = now,
    };
}
