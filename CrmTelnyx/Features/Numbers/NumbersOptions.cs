using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Features.Numbers;

/// <summary>The number manager's settings (section "Numbers").</summary>
public sealed class NumbersOptions
{
    public const string Section = "Numbers";

    /// <summary>How often the numbers are brought in step with the Telnyx account; also once at start-up.</summary>
    [Range(1, 24 * 60)]
    public int SyncEveryMinutes { get; set; } = 60;

    /// <summary>How often each number's delivery and opt-out rates are checked against the health settings.</summary>
    [Range(1, 24 * 60)]
    public int HealthCheckEveryMinutes { get; set; } = 15;

    /// <summary>Sync at start-up and every <see cref="SyncEveryMinutes"/>; false leaves it to the page's "Sync from Telnyx" (tests that count).</summary>
    public bool SyncOnSchedule { get; set; } = true;

    /// <summary>Telnyx's number list carries no price: numbers found by a sync are shown at these monthly costs (USD).</summary>
    [Range(0, 1000)]
    public decimal LocalMonthlyCost { get; set; } = 1.00m;

    [Range(0, 1000)]
    public decimal TollFreeMonthlyCost { get; set; } = 2.00m;
}
