namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>This month's spending against the budget, and the highest warning it has passed.</summary>
/// <param name="Crossed">The highest alert percentage reached this month; null when none (or no budget).</param>
public sealed record BudgetStatus(decimal? Budget, IReadOnlyList<int> Alerts, decimal Spent, int? Percent, int? Crossed, long Version)
{
    public bool OverBudget => Budget is { } b && Spent >= b;
}
