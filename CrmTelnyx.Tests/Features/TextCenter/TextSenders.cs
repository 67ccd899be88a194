using System.Security.Claims;
using Bunit;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>Signed-in people as the authorization checks see them (role claims), for calling SendSingleText directly.</summary>
public static class TextSenders
{
    public static ClaimsPrincipal Staff { get; } = WithRole(AppRoles.Staff);

    public static ClaimsPrincipal WithRole(string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, role.ToLowerInvariant()), new Claim(ClaimTypes.Name, $"{role.ToLowerInvariant()}@crm.test"), new Claim(ClaimTypes.Role, role)],
        "Test"));
}

/// <summary>Signs a bUnit page in with a role, its policies decided by the app's own authorization (bUnit's stand-in knows only policies it is told).</summary>
public static class PageSignIn
{
    public static void SignInAs(this MudComponentContext context, CrmAppFactory app, string role)
    {
        context.Bunit.AddAuthorization().SetAuthorized($"{role.ToLowerInvariant()}@crm.test").SetRoles(role);
        context.Services.AddSingleton(app.Services.GetRequiredService<IAuthorizationService>());
        // AuthorizeView looks a named policy up first: bUnit's provider knows none of the app's.
        context.Services.AddSingleton(app.Services.GetRequiredService<IAuthorizationPolicyProvider>());
    }
}
