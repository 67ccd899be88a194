using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Features.Calls.Settlement;

/// <summary>How calls whose last webhooks were lost are settled from Telnyx (section "Calls:Settlement").</summary>
public sealed class CallSettlementOptions
{
    public const string Section = "Calls:Settlement";

    /// <summary>How often the job looks for stale calls and missing costs.</summary>
    [Range(1, 24 * 60)]
    public int EveryMinutes { get; set; } = 5;

    /// <summary>A call not ended this long after it started is checked with Telnyx (a live leg is left alone).</summary>
    [Range(1, 24 * 60)]
    public int StaleAfterMinutes { get; set; } = 10;

    /// <summary>A leg that ended this long ago without a call.cost gets its cost from the detail records.</summary>
    [Range(1, 24 * 60)]
    public int CostMissingAfterMinutes { get; set; } = 10;

    /// <summary>A leg Telnyx has no detail record of this long after it started is ended with an error; costs are no longer sought.</summary>
    [Range(1, 30 * 24)]
    public int GiveUpAfterHours { get; set; } = 24;

    /// <summary>False leaves settling to whoever calls <see cref="SettleStaleCalls"/> (tests that drive the clock).</summary>
    public bool RunOnSchedule { get; set; } = true;
}
