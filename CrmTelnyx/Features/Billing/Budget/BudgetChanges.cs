using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>Says "the budget was saved", so open app bars show its warning at once.</summary>
public sealed class BudgetChanges(ILiveNotifier live)
{
    /// <summary>Only the billing roles may listen (<see cref="LiveTopics"/>).</summary>
    public const string Topic = "billing:budget";

    public void Signal() => _ = live.PublishAsync(Topic, "saved");
}
