using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Features.Billing.NumberFees;

/// <summary>When the numbers' monthly fees are entered (section "Billing:NumberFees").</summary>
public sealed class NumberFeesOptions
{
    public const string Section = "Billing:NumberFees";

    /// <summary>How often fees that fell due are entered: a fee is in the ledger at most this long after its anniversary.</summary>
    [Range(1, 24 * 60)]
    public int EveryMinutes { get; set; } = 60;

    /// <summary>Enter them on schedule; false leaves it to whoever runs <see cref="PostNumberFees"/> (tests that move the clock).</summary>
    public bool PostOnSchedule { get; set; } = true;
}
