namespace CrmTelnyx.Features.Billing.Reconciliation;

/// <summary>Configuration section "Billing:Reconciliation".</summary>
public sealed class ReconciliationOptions
{
    public const string Section = "Billing:Reconciliation";

    /// <summary>Whether the nightly job runs (tests turn it off to run the comparison themselves).</summary>
    public bool Nightly { get; set; } = true;

    /// <summary>The company's local hour from which yesterday is compared: Telnyx's detail records of late texts and calls have arrived by then.</summary>
    public int AfterLocalHour { get; set; } = 3;
}
