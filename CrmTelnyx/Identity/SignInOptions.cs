using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Identity;

/// <summary>How many failed sign-ins are allowed, per client address and per account, within <see cref="Window"/>.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    [Range(1, 10_000, ErrorMessage = "SignIn:FailuresPerClient must be between 1 and 10000.")]
    public int FailuresPerClient { get; set; } = 20;

    [Range(1, 1_000, ErrorMessage = "SignIn:FailuresPerClientAndAccount must be between 1 and 1000.")]
    public int FailuresPerClientAndAccount { get; set; } = 5;

    /// <summary>
    /// The account-wide ceiling: one client gets at most <see cref="FailuresPerClientAndAccount"/> guesses per window
    /// (then one every window / that number), so 100 within 15 minutes needs ten or more addresses guessing at once —
    /// a distributed attack, against which locking the account for a window is the lesser harm.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "SignIn:FailuresPerAccount must be between 1 and 100000.")]
    public int FailuresPerAccount { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "SignIn:Window must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
