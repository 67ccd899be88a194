using System.Security.Claims;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Identity;

/// <summary>An admin's change to a user reaches that user's open interactive pages at once, not when they next reload.</summary>
public sealed class CircuitSessionEndTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private async Task<(CircuitAuthenticationStateProvider Circuit, AsyncServiceScope Scope)> OpenCircuitAsync(AppUser user)
    {
        var scope = app.Services.CreateAsyncScope();
        var principal = await app.SignedInPrincipalAsync(user);
        var circuit = (CircuitAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return (circuit, scope);
    }

    private static async Task<bool> IsSignedInAsync(AuthenticationStateProvider circuit) =>
        (await circuit.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated == true;

    private static async Task<bool> EventuallySignedOutAsync(AuthenticationStateProvider circuit)
    {
        for (var i = 0; i < 100 && await IsSignedInAsync(circuit); i++) await Task.Delay(50);
        return !await IsSignedInAsync(circuit);
    }

    [Fact]
    public async Task Ending_a_users_circuits_signs_out_every_open_page_of_theirs_and_no_one_elses()
    {
        var leaver = await app.CreateUserAsync("circuit-leaver@crm.test", "Leaver-Passw0rd1", "Staff");
        var stayer = await app.CreateUserAsync("circuit-stayer@crm.test", "Stayer-Passw0rd1", "Staff");
        var (first, s1) = await OpenCircuitAsync(leaver);
        var (second, s2) = await OpenCircuitAsync(leaver);
        var (other, s3) = await OpenCircuitAsync(stayer);
        await using var _ = s1; await using var __ = s2; await using var ___ = s3;
        var circuits = app.Services.GetRequiredService<OpenCircuits>();
        for (var i = 0; i < 100 && circuits.CountFor(leaver.Id) < 2; i++) await Task.Delay(20);

        circuits.EndAllOf(leaver.Id);

        Assert.False(await IsSignedInAsync(first));
        Assert.False(await IsSignedInAsync(second));
        Assert.True(await IsSignedInAsync(other));
    }

    [Fact]
    public async Task A_circuit_opened_with_a_cookie_older_than_the_users_last_change_is_signed_out_at_once()
    {
        var user = await app.CreateUserAsync("circuit-stale@crm.test", "Stale-Passw0rd1", "Staff");
        await using var scope = app.Services.CreateAsyncScope();
        var principal = await app.SignedInPrincipalAsync(user);
        await app.WithUsersAsync(async users => await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user.Id))!));

        var circuit = (CircuitAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));

        Assert.True(await EventuallySignedOutAsync(circuit));
    }

    [Fact]
    public async Task Signing_out_closes_that_sessions_open_pages_at_once_and_not_the_same_users_other_sessions()
    {
        var user = await app.CreateUserAsync("circuit-signout@crm.test", "Signout-Passw0rd1", "Staff");
        var (tab, s1) = await OpenCircuitAsync(user);
        var (otherBrowser, s2) = await OpenCircuitAsync(user);
        await using var _ = s1; await using var __ = s2;
        var circuits = app.Services.GetRequiredService<OpenCircuits>();
        for (var i = 0; i < 100 && circuits.CountFor(user.Id) < 2; i++) await Task.Delay(20);

        // What /account/logout does for the tab's cookie.
        await app.Services.GetRequiredService<SignInSessions>().EndAsync((await tab.GetAuthenticationStateAsync()).User);

        Assert.False(await IsSignedInAsync(tab));
        Assert.True(await IsSignedInAsync(otherBrowser));
    }

    [Fact]
    public async Task A_circuit_opened_with_a_cookie_whose_session_has_ended_is_signed_out_at_once()
    {
        var user = await app.CreateUserAsync("circuit-ended@crm.test", "Ended-Passw0rd1", "Staff");
        var principal = await app.SignedInPrincipalAsync(user);
        await app.Services.GetRequiredService<SignInSessions>().EndAsync(principal);
        await using var scope = app.Services.CreateAsyncScope();

        var circuit = (CircuitAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));

        Assert.True(await EventuallySignedOutAsync(circuit));
    }

    [Fact]
    public async Task A_closed_circuit_is_forgotten()
    {
        var user = await app.CreateUserAsync("circuit-closed@crm.test", "Closed-Passw0rd1", "Staff");
        var circuits = app.Services.GetRequiredService<OpenCircuits>();
        var (_, scope) = await OpenCircuitAsync(user);
        for (var i = 0; i < 100 && circuits.CountFor(user.Id) == 0; i++) await Task.Delay(20);
        Assert.Equal(1, circuits.CountFor(user.Id));

        await scope.DisposeAsync();

        Assert.Equal(0, circuits.CountFor(user.Id));
    }
}
