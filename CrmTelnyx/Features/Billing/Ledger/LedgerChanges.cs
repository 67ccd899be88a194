using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Billing.Ledger;

/// <summary>Says "costs were entered", after the save that entered them, so open Billing tabs and budget warnings read again.</summary>
public sealed class LedgerChanges(ILiveNotifier live)
{
    /// <summary>Only the billing roles may listen (<see cref="LiveTopics"/>).</summary>
    public const string Topic = "billing:ledger";

    public void Signal() => _ = live.PublishAsync(Topic, "posted");
}
