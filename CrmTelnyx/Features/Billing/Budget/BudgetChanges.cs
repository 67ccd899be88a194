namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>Says "the budget was saved", so open app bars show its warning at once rather than at their next minute.</summary>
public sealed class BudgetChanges
{
    public event Action? Saved;

    public void Signal() => Saved?.Invoke();
}
