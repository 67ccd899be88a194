using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>
/// Decides, when a blast has been prepared, whether it must wait for a manager: the budget says to hold blasts, and this
/// month's spending plus what other blasts have still to send plus this blast's estimate would pass the budget.
/// </summary>
public sealed class BlastBudgetHold(CrmDbContext db, ReadBudget budget)
{
    public const string Held = "Held for a manager: ";

    /// <summary>
    /// Why the blast would be held ("its estimated $0.07 would take … past the $1.00 budget."); null when it may go.
    /// The composer asks before a blast exists (<paramref name="blastId"/> 0), the start once its rows are written.
    /// </summary>
    public async Task<string?> ReasonAsync(long blastId, decimal estimatedCost, CancellationToken cancellationToken = default)
    {
        // Most companies never turn holding on: then no month's sum is read, as the composer asks on every keystroke.
        if (estimatedCost <= 0 || !await db.BillingBudget.AnyAsync(b => b.HoldBlastsOverBudget && b.MonthlyAmount != null, cancellationToken)) return null;
        var status = await budget.ReadAsync(cancellationToken);
        if (!status.HoldsBlasts || status.Budget is not { } limit || estimatedCost <= 0) return null;
        var otherBlasts = await StillToSendAsync(blastId, cancellationToken);
        var after = status.Spent + otherBlasts + estimatedCost;
        if (after <= limit) return null;
        var others = otherBlasts > 0 ? $", with {Money(otherBlasts)} still to go out from other blasts," : "";
        return $"its estimated {Money(estimatedCost)} would take this month's spending from {Money(status.Spent)}{others} "
            + $"to {Money(after)}, past the {Money(limit)} budget.";
    }

    /// <summary>
    /// Costs reach the ledger only as texts are finalized, so blasts under way (or held) count by their estimate for the
    /// rows not yet sent: two blasts started together cannot each pass under the budget.
    /// </summary>
    private async Task<decimal> StillToSendAsync(long blastId, CancellationToken cancellationToken)
    {
        var underWay = await db.Blasts.AsNoTracking()
            .Where(b => b.Id != blastId && b.Recipients > 0
                && (b.Status == BlastStatus.Sending || b.Status == BlastStatus.Paused || b.Status == BlastStatus.HeldForBudget))
            .Select(b => new { b.EstimatedCost, b.Recipients, Pending = db.Messages.Count(m => m.BlastId == b.Id && m.Status == MessageStatuses.Pending) })
            .ToListAsync(cancellationToken);
        return underWay.Sum(b => b.EstimatedCost * b.Pending / b.Recipients);
    }

    private static string Money(decimal amount) => BillingMoney.Text(amount);
}
