using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmTelnyx.Tests.Features.Users;

/// <summary>A change that gives a user a new security stamp ends their open interactive pages at once, not at the next revalidation.</summary>
public sealed class UserSessionsTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>, IAsyncLifetime
{
    private readonly List<CircuitAuthenticationStateProvider> circuits = [];

    /// <summary>An open page of <paramref name="user"/>'s, as a circuit would hold it, signed in with a fresh cookie's claims.</summary>
    private async Task<CircuitAuthenticationStateProvider> OpenPageOfAsync(AppUser user)
    {
        var principal = await app.SignedInPrincipalAsync(user);
        var open = app.Services.GetRequiredService<OpenCircuits>();
        var circuit = new CircuitAuthenticationStateProvider(
            app.Services.GetRequiredService<ILoggerFactory>(), app.Services.GetRequiredService<IServiceScopeFactory>(), open,
            app.Services.GetRequiredService<SignInSessions>());
        circuits.Add(circuit);
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        await Eventually.ReturnsAsync(() => Task.FromResult(open.CountFor(user.Id)), n => n > 0);
        return circuit;
    }

    private static async Task<bool> IsSignedInAsync(AuthenticationStateProvider circuit) =>
        (await circuit.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated == true;

    [Fact]
    public async Task Disabling_a_user_ends_their_open_pages_at_once_and_leaves_others_open()
    {
        var leaver = await app.CreateUserAsync("page-leaver@crm.test", "Leaver-Passw0rd1", "Staff");
        var stayer = await app.CreateUserAsync("page-stayer@crm.test", "Stayer-Passw0rd1", "Staff");
        var leaversPage = await OpenPageOfAsync(leaver);
        var staysPage = await OpenPageOfAsync(stayer);

        await app.DisableUserAsync(leaver.Id);

        Assert.False(await IsSignedInAsync(leaversPage));
        Assert.True(await IsSignedInAsync(staysPage));
    }

    [Fact]
    public async Task Changing_roles_ends_the_users_open_pages_at_once()
    {
        var mover = await app.CreateUserAsync("page-mover@crm.test", "Mover-Passw0rd1", "Staff");
        var page = await OpenPageOfAsync(mover);

        await app.ChangeRolesAsync(mover.Id, "Agent");

        Assert.False(await IsSignedInAsync(page));
    }

    [Fact]
    public async Task Resetting_the_password_ends_the_users_open_pages_at_once()
    {
        var forgetful = await app.CreateUserAsync("page-forgetful@crm.test", "Forgetful-Passw0rd1", "Staff");
        var page = await OpenPageOfAsync(forgetful);

        await app.ResetPasswordAsync(forgetful.Id, "Brand-New-Passw0rd1");

        Assert.False(await IsSignedInAsync(page));
    }

    [Fact]
    public async Task A_change_that_keeps_the_stamp_keeps_the_pages_open()
    {
        var user = await app.CreateUserAsync("page-kept@crm.test", "Kept-Passw0rd1", "Staff");
        var page = await OpenPageOfAsync(user);

        var same = await app.ChangeRolesAsync(user.Id, "Staff");
        await app.RunAsync<CrmTelnyx.Features.Users.SetUserAccess, CrmTelnyx.Features.Users.UserChangeResult>(u => u.UnlockAsync(user.Id));

        Assert.Equal("The roles are unchanged.", same.Done);
        Assert.True(await IsSignedInAsync(page));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var circuit in circuits) ((IDisposable)circuit).Dispose();
        return Task.CompletedTask;
    }
}
