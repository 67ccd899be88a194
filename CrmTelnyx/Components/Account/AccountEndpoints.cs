using CrmTelnyx.Features.Users;
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
        return app;
    }

    public static async Task<RedirectHttpResult> SignOut(SignInManager<AppUser> signInManager, IFormCollection form)
    {
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect(IdentityExtensions.LoginPath);
    }
}
