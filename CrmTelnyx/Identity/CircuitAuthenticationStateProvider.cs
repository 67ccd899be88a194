using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Identity;

/// <summary>
/// Who is signed in on one circuit. The sign-in cookie is checked when the circuit starts, and its security stamp and
/// sign-in session every 10 s after; <see cref="OpenCircuits"/> can end it at once (signed out, user disabled, roles
/// changed, password reset), which turns every page of that circuit into the sign-in redirect.
/// </summary>
public sealed class CircuitAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory scopes;
    private readonly OpenCircuits circuits;
    private readonly SignInSessions sessions;
    private string? registeredUserId;

    public CircuitAuthenticationStateProvider(
        ILoggerFactory loggerFactory, IServiceScopeFactory scopes, OpenCircuits circuits, SignInSessions sessions)
        : base(loggerFactory)
    {
        this.scopes = scopes;
        this.circuits = circuits;
        this.sessions = sessions;
        AuthenticationStateChanged += Track;
    }

    // A safety net behind OpenCircuits: should a change ever miss an open page, it ends within seconds anyway
    // (one primary-key read per open page per interval).
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(10);

    /// <summary>Signs this circuit out: its pages re-render as for an anonymous visitor.</summary>
    public void End() => SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        return await signIn.ValidateSecurityStampAsync(state.User) is { IsDisabled: false }
            && await sessions.IsActiveAsync(state.User, cancellationToken);
    }

    private async void Track(Task<AuthenticationState> stateTask)
    {
        try
        {
            var user = (await stateTask).User;
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            if (registeredUserId is not null) circuits.Closed(registeredUserId, this);
            registeredUserId = userId;
            if (userId is null) return;
            circuits.Opened(userId, SignInSessions.IdOf(user), this);
            // A cookie whose stamp is already stale (the user was changed since it was written) or whose session
            // has ended gets no circuit.
            if (!await ValidateAuthenticationStateAsync(await stateTask, CancellationToken.None)) End();
        }
        catch (Exception)
        {
            // An unreadable state is treated as signed out by the next revalidation; never crash the circuit here.
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && registeredUserId is not null) circuits.Closed(registeredUserId, this);
        AuthenticationStateChanged -= Track;
        base.Dispose(disposing);
    }
}
