using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>How the blast engine runs (Blasts:Engine). The send rates themselves are Texting settings, edited by admins.</summary>
public sealed class BlastEngineOptions
{
    public const string Section = "Blasts:Engine";

    /// <summary>Off only for benchmarks and tests: sends as fast as Telnyx answers, ignoring per-number and account rates.</summary>
    public bool RateLimits { get; set; } = true;

    /// <summary>Sends waiting for Telnyx's answer at once; also the most rows claimed ahead of their send.</summary>
    [Range(1, 1000)]
    public int MaxInFlight { get; set; } = 64;

    /// <summary>How often the scheduler looks for blasts whose time has come.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the dispatcher rests when nothing is due.</summary>
    public TimeSpan IdleInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The first pause after Telnyx says "too many" (429, 10011, 40318, 40011, 40018); doubled while it keeps saying so.</summary>
    public TimeSpan BackOff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackOff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often unknown rows are looked up in Telnyx's message detail records.</summary>
    public TimeSpan SettleInterval { get; set; } = TimeSpan.FromMinutes(1);
}
