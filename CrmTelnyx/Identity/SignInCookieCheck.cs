using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Identity;

/// <summary>
/// What every request's sign-in cookie must pass: Identity's security-stamp check (disabled, roles changed, password
/// reset) and a sign-in session that is still on, so a copy of the cookie dies with the sign-out that ended it.
/// </summary>
public static class SignInCookieCheck
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is not { Identity.IsAuthenticated: true } user) return;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SignInSessions>();
        if (await sessions.IsActiveAsync(user, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>The stamp check rebuilds the principal from the database; the session it was signed in with stays.</summary>
    public static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SignInSessions.ClaimType) is { } session
            && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(c => c.Type == SignInSessions.ClaimType))
            identity.AddClaim(new Claim(session.Type, session.Value));
        return Task.CompletedTask;
    }
}
