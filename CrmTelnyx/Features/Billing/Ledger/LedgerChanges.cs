namespace CrmTelnyx.Features.Billing.Ledger;

/// <summary>Says "costs were entered", after the save that entered them, so an open Billing tab reads its figures again.</summary>
public sealed class LedgerChanges
{
    public event Action? Posted;

    public void Signal() => Posted?.Invoke();
}
