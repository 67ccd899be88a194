using System.Security.Claims;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Components.Account;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account");
        // Binding the form makes the endpoint validate the antiforgery token the layout's form carries.
        account.MapPost("/logout", SignOut).RequireAuthorization();
        account.MapPost("/logout-everywhere", SignOutEverywhere).RequireAuthorization();
        return app;
    }

    /// <summary>Ends this browser's session on the server first, so a copy of the cookie stops working too, then clears the cookie.</summary>
    public static async Task<RedirectHttpResult> SignOut(
        SignInManager<AppUser> signInManager, SignInSessions sessions, ClaimsPrincipal user, IFormCollection form)
    {
        await sessions.EndAsync(user);
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect(IdentityExtensions.LoginPath);
    }

    /// <summary>
    /// Ends every session of the signed-in person, on every browser and device, with their open pages. A new security
    /// stamp also retires any cookie written before sessions were recorded.
    /// </summary>
    public static async Task<RedirectHttpResult> SignOutEverywhere(
        SignInManager<AppUser> signInManager, SignInSessions sessions, ClaimsPrincipal user, IFormCollection form)
    {
        if (await signInManager.UserManager.GetUserAsync(user) is { } account)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(account);
            await sessions.EndAllOfAsync(account.Id);
        }
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect(IdentityExtensions.LoginPath);
    }
}
