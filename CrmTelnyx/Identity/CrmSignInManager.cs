using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Identity;

/// <summary>Identity's sign-in manager, refusing users an admin has disabled and recording each sign-in as a session.</summary>
public sealed class CrmSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    SignInSessions sessions)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>Every way of signing in ends here: the cookie it writes carries a new server-side session.</summary>
    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var session = await sessions.StartAsync(user.Id, ClientDescription.Of(Context));
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims.Append(session));
    }

    public override async Task<bool> CanSignInAsync(AppUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    /// <summary>
    /// Identity asks <see cref="CanSignInAsync"/> before it checks the password, so a disabled account would be
    /// refused without the guess being counted. Here its password is still checked: wrong guesses are failures like any
    /// other account's (counted by PasswordSignIn's limits), and only the right password is told "not allowed" (disabled).
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        if (!user.IsDisabled) return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (await UserManager.IsLockedOutAsync(user)) return SignInResult.LockedOut;
        if (await UserManager.CheckPasswordAsync(user, password)) return SignInResult.NotAllowed;
        if (!lockoutOnFailure) return SignInResult.Failed;
        await UserManager.AccessFailedAsync(user);
        return await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
    }
}
