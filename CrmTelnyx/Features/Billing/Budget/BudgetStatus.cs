namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>This month's spending against the budget, and the highest warning it has passed.</summary>
/// <param name="Crossed">The highest alert percentage reached this month; null when none (or no budget).</param>
/// <param name="HoldsBlasts">Blasts that would pass the budget wait for a manager (<see cref="BlastBudgetHold"/>).</param>
/// <param name="MonthEndsAt">When this month ends in the company's zone, and these figures with it.</param>
public sealed record BudgetStatus(decimal? Budget, IReadOnlyList<int> Alerts, decimal Spent, int? Percent, int? Crossed, long Version, bool HoldsBlasts,
    DateTimeOffset MonthEndsAt)
{
    public bool OverBudget => Budget is { } b && Spent >= b;
}
