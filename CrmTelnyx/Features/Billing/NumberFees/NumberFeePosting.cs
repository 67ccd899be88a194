using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmTelnyx.Features.Billing.NumberFees;

/// <summary>
/// Enters a number's upfront fee and first month in the same save that makes a purchase through the app complete
/// (however it completed: the webhook, the poll, the buyer's own answer, a sync that found it), so no path can skip
/// them. Later months are <see cref="PostNumberFees"/>'s, which also catches up anything this did not see.
/// </summary>
public sealed class NumberFeePosting(TimeProvider time, ILogger<NumberFeePosting> logger) : Ledger.BeforeSavePosting
{
    protected override async Task PostAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var bought = db.ChangeTracker.Entries<CompanyNumber>().Where(BecomesHeldThroughPurchase).Select(e => e.Entity).ToList();
        if (bought.Count == 0) return;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var number in bought)
        {
            var due = await NumberFeesDue.FindAsync(db, number, now, cancellationToken);
            db.LedgerEntries.AddRange(due.Entries);
            foreach (var fee in due.UnknownCost)
                logger.LogWarning("{Number} was bought but its {Fee} is not in the ledger: its price is unknown", number.PhoneNumber, fee.Type);
        }
    }

    /// <summary>A number bought through the app that this save makes the company's (from pending, or new and already held).</summary>
    private static bool BecomesHeldThroughPurchase(EntityEntry<CompanyNumber> entry) =>
        entry.Entity.NumberOrderId is not null && IsHeld(entry.Entity.Status, entry.Entity.PurchasedAt)
        && (entry.State == EntityState.Added
            || (entry.State == EntityState.Modified
                && !IsHeld(entry.Property(n => n.Status).OriginalValue, entry.Property(n => n.PurchasedAt).OriginalValue)));

    private static bool IsHeld(NumberStatus status, DateTime? purchasedAt) =>
        purchasedAt is not null && status is NumberStatus.Active or NumberStatus.Inactive;
}
