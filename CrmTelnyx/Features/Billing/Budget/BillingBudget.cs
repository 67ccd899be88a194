using CrmTelnyx.Data;

namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>The company's monthly budget for Telnyx costs and the percentages at which it warns (one row).</summary>
public sealed class BillingBudget : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Dollars a calendar month in the company's zone; null for no budget.</summary>
    public decimal? MonthlyAmount { get; set; }

    /// <summary>Whole percentages, comma-separated and ascending, e.g. "50,80,100".</summary>
    public string AlertPercents { get; set; } = "50,80,100";

    /// <summary>When set, a blast whose estimated cost would take the month past the budget waits for a manager's approval.</summary>
    public bool HoldBlastsOverBudget { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public long Version { get; set; }

    public IReadOnlyList<int> Alerts => AlertPercents.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}
