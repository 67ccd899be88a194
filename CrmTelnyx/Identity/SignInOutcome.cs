namespace CrmTelnyx.Identity;

/// <summary>What the sign-in page shows: signed in, or the words saying why not.</summary>
public sealed record SignInOutcome(bool Succeeded, string? Refusal)
{
    public static readonly SignInOutcome SignedIn = new(true, null);

    public static SignInOutcome Refused(string words) => new(false, words);
}
