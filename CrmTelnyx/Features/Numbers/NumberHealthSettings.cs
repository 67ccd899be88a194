using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Data;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// When a number counts as unhealthy, edited by admins on the Settings page (one row). A number is judged on its
/// outbound texts of the last <see cref="WindowDays"/> days, and only once it has sent <see cref="MinimumSample"/>.
/// </summary>
public sealed class NumberHealthSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Flag a number whose delivered share of finished texts falls below this percentage.</summary>
    [Range(0, 100)]
    public decimal MinimumDeliveryRatePercent { get; set; } = 90;

    /// <summary>Flag a number whose texts drew opt-outs (STOP) above this percentage of the texts sent.</summary>
    [Range(0, 100)]
    public decimal MaximumOptOutRatePercent { get; set; } = 2;

    /// <summary>Judge a number only once it has sent at least this many texts in the window.</summary>
    [Range(1, 1_000_000)]
    public int MinimumSample { get; set; } = 100;

    [Range(1, 90)]
    public int WindowDays { get; set; } = 7;

    /// <summary>Keep a flagged number from blasts until an admin clears it.</summary>
    public bool PauseFlaggedNumbers { get; set; } = true;

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public long Version { get; set; }
}
