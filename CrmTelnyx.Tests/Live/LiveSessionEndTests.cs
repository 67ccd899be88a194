using System.Net;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Features.Users;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CrmTelnyx.Tests.Live;

/// <summary>An admin's change to a user reaches that user's open pages at once, not when they next reload.</summary>
public sealed class LiveSessionEndTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private async Task<string> SignInCookieAsync(string email, string password)
    {
        var cookies = new CookieContainer();
        var client = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        await client.SignedInAsync(email, password);
        return cookies.GetCookieHeader(app.Server.BaseAddress);
    }

    private HubConnection LiveConnection(string cookie) => new HubConnectionBuilder()
        .WithUrl(new Uri(app.Server.BaseAddress, LiveHub.Path), options =>
        {
            options.Transports = HttpTransportType.LongPolling;
            options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            options.Headers["Cookie"] = cookie;
        })
        .Build();

    /// <summary>A started connection and a task that completes when the server ends it.</summary>
    private async Task<(HubConnection Connection, Task Closed)> OpenAsync(string cookie)
    {
        var connection = LiveConnection(cookie);
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await connection.StartAsync();
        return (connection, closed.Task);
    }

    private static async Task<bool> SubscribesAsync(HubConnection connection, string topic)
    {
        try
        {
            return await connection.InvokeAsync<bool>(nameof(LiveHub.Subscribe), topic).WaitAsync(TimeSpan.FromSeconds(15));
        }
        catch (Exception e) when (e is InvalidOperationException or HubException or TaskCanceledException or OperationCanceledException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Disabling_a_user_closes_their_open_live_page_and_their_old_cookie_cannot_reconnect()
    {
        var leaver = await app.CreateUserAsync("live-leaver@crm.test", "Leaver-Passw0rd", "Staff");
        var cookie = await SignInCookieAsync("live-leaver@crm.test", "Leaver-Passw0rd");
        var (open, closed) = await OpenAsync(cookie);
        await using var _ = open;
        Assert.True(await SubscribesAsync(open, LiveTopics.Contacts));

        await app.DisableUserAsync(leaver.Id);

        await closed.WaitAsync(TimeSpan.FromSeconds(15));
        await using var again = LiveConnection(cookie);
        var started = await Record.ExceptionAsync(() => again.StartAsync()) is null;
        Assert.False(started && await SubscribesAsync(again, LiveTopics.Contacts));
    }

    [Fact]
    public async Task A_user_moved_to_another_role_is_disconnected_and_reconnects_with_only_the_new_roles_topics()
    {
        var mover = await app.CreateUserAsync("live-mover@crm.test", "Mover-Passw0rd1", "Staff");
        var cookie = await SignInCookieAsync("live-mover@crm.test", "Mover-Passw0rd1");
        var (open, closed) = await OpenAsync(cookie);
        await using var _ = open;

        await app.ChangeRolesAsync(mover.Id, "Agent");

        await closed.WaitAsync(TimeSpan.FromSeconds(15));
        var newCookie = await SignInCookieAsync("live-mover@crm.test", "Mover-Passw0rd1");
        await using var fresh = LiveConnection(newCookie);
        await fresh.StartAsync();
        Assert.False(await SubscribesAsync(fresh, LiveTopics.Contacts));
        Assert.True(await SubscribesAsync(fresh, "calls"));
    }
}
