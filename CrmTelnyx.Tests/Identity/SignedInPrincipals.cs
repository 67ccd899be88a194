using System.Security.Claims;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Identity;

/// <summary>What a fresh sign-in cookie of a user holds (their claims and a new sign-in session), for circuits opened in tests.</summary>
public static class SignedInPrincipals
{
    public static async Task<ClaimsPrincipal> SignedInPrincipalAsync(this CrmAppFactory app, AppUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var fresh = (await users.FindByIdAsync(user.Id))!;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(fresh);
        var session = await app.Services.GetRequiredService<SignInSessions>().StartAsync(user.Id, "Test browser");
        ((ClaimsIdentity)principal.Identity!).AddClaim(session);
        return principal;
    }
}
