using System.Net;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Identity;

/// <summary>
/// Signs in with e-mail and password. A known and an unknown e-mail get the same answers after the same work (a
/// password hash is verified either way), and guessing is stopped per client (<see cref="SignInThrottle"/>) rather than
/// by locking the account, so a stranger cannot lock staff out; only a distributed attack reaches the account-wide
/// ceiling, which locks the account (an admin can unlock it on the Users page).
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<AppUser> signInManager,
    SignInThrottle throttle,
    IPasswordHasher<AppUser> hasher,
    TimeProvider time)
{
    public const string NotRight = "The email or password is not right.";
    public const string Disabled = "This account is disabled. Ask an admin to enable it.";

    private static readonly AppUser Decoy = new() { UserName = "decoy" };
    private static string? decoyHash;

    public string Locked =>
        $"Too many failed sign-ins for this account from several places: it is locked for {Minutes(throttle.LockDuration)}. " +
        "Try again later or ask an admin to unlock it.";

    public static string TooManyFromNetwork(TimeSpan wait) =>
        $"Too many sign-in attempts from this network. Try again in {Minutes(wait)}.";

    public async Task<SignInOutcome> SignInAsync(
        string email, string password, bool rememberMe, IPAddress? client, CancellationToken cancellation = default)
    {
        email = email.Trim();
        var attempt = new SignInAttempt(SignInClient.KeyOf(client), email.ToUpperInvariant());
        using var turn = await throttle.TakeTurnAsync(attempt, cancellation);
        if (!turn.IsAcquired) return SignInOutcome.Refused(TooManyFromNetwork(TimeSpan.FromMinutes(1)));
        if (throttle.ClientMustWait(attempt) is { } wait) return SignInOutcome.Refused(TooManyFromNetwork(wait));

        var users = signInManager.UserManager;
        var user = await users.FindByNameAsync(email);
        if (user is null ? throttle.IsUnknownAccountLocked(attempt.Email) : await users.IsLockedOutAsync(user))
            return SignInOutcome.Refused(Locked);

        var result = user is null
            ? VerifyDecoy(password)
            // Identity's own failure count stays off: it would let anyone lock any account (the ceiling below replaces it).
            : await signInManager.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: false);
        if (result.Succeeded) return SignInOutcome.SignedIn;
        // NotAllowed only ever answers the right password of a disabled account (CrmSignInManager).
        if (result.IsNotAllowed) return SignInOutcome.Refused(Disabled);
        if (result.IsLockedOut) return SignInOutcome.Refused(Locked);

        if (throttle.CountFailure(attempt))
        {
            if (user is null) throttle.LockUnknownAccount(attempt.Email);
            else await users.SetLockoutEndDateAsync(user, time.GetUtcNow() + throttle.LockDuration);
        }
        return SignInOutcome.Refused(NotRight);
    }

    /// <summary>An unknown e-mail costs a hash verification too, so its answer does not come back sooner.</summary>
    private SignInResult VerifyDecoy(string password)
    {
        decoyHash ??= hasher.HashPassword(Decoy, UserPasswordRules.Generate());
        hasher.VerifyHashedPassword(Decoy, decoyHash, password);
        return SignInResult.Failed;
    }

    private static string Minutes(TimeSpan span)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(span.TotalMinutes));
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }
}
