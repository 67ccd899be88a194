using CrmTelnyx.Hosting;
using CrmTelnyx.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmTelnyx.Identity;

public static class IdentityExtensions
{
    public const string LoginPath = "/account/login";

    public static IHostApplicationBuilder AddCrmIdentity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddKeyedSingleton<TextWriter>(AdminAccountSeeder.ConsoleKey, Console.Out);
        services.AddHostedService<AdminAccountSeeder>();

        services.AddCascadingAuthenticationState();
        services.AddSingleton<OpenCircuits>();
        services.AddSignInSessions();
        services.AddScoped<AuthenticationStateProvider, CircuitAuthenticationStateProvider>();
        services.AddScoped<UserPreferences>();
        services.AddPasswordSignIn();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        // Anything that does not say who may use it needs a signed-in user: a forgotten attribute fails closed.
        services.AddAuthorization(options =>
        {
            options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            AppPolicies.Add(options);
        });
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                UserPasswordRules.Apply(options.Password);
                // Accounts can be locked, but Identity never counts failures itself (a stranger could lock anyone):
                // PasswordSignIn limits guessing per client and locks only at SignInOptions' account-wide ceiling.
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CrmDbContext>()
            .AddSignInManager<CrmSignInManager>()
            .AddDefaultTokenProviders();

        // Behind the session check (SignInCookieCheck): a stamp changed by any other path ends the cookie within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.AccessDeniedPath = "/status/403";
            cookie.Cookie.Name = "crm.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = SignInCookieCheck.ValidatePrincipalAsync,
                OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden),
                // Signing in on the login page redirects to its ReturnUrl, which arrives unescaped ("José" was a 500).
                OnRedirectToReturnUrl = context =>
                {
                    context.Response.Redirect(LocalReturnUrl.From(context.RedirectUri));
                    return Task.CompletedTask;
                },
            };
        });
        return builder;
    }

    /// <summary>
    /// Pages redirect to sign-in; the circuit's connection gets a status code instead of a login page.
    /// A wrong role is a plain 403 (rendered by the status page), never a redirect.
    /// </summary>
    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        if (status == StatusCodes.Status401Unauthorized && request.IsForWholePage())
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
