using System.Net;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

public sealed class AuthorizationTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        foreach (var role in new[] { "Manager", "Staff", "Agent" })
        {
            var email = $"{role.ToLowerInvariant()}@crm.test";
            if (await app.WithUsersAsync(u => u.FindByEmailAsync(email)) is null)
                await app.CreateUserAsync(email, $"{role}-Passw0rd", role);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpClient> SignedInAs(string role) =>
        await app.CreateBrowserLikeClient().SignedInAsync($"{role.ToLowerInvariant()}@crm.test", $"{role}-Passw0rd");

    // Every mapped page and endpoint, for anonymous visitors and each role: Identity/AuthorizationWalkTests.
    [Fact]
    public async Task Anonymous_visitors_of_an_unknown_address_are_sent_to_sign_in_and_back()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString("/no-such-page"), response.Headers.Location.Query);
    }

    [Fact]
    public async Task Staff_get_403_with_an_explanation_on_the_users_page()
    {
        var client = await SignedInAs("Staff");

        var response = await client.GetAsync("/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("You don't have access", page.VisibleText());
        Assert.DoesNotContain("New user", page.VisibleText());
    }

    [Fact]
    public async Task The_navigation_shows_only_what_the_role_may_open()
    {
        var client = await SignedInAs("Agent");

        var nav = (await (await client.GetAsync("/")).ReadHtmlAsync()).QuerySelector("nav[aria-label=Main]")!.TextContent;

        Assert.Contains("Calls", nav);
        Assert.Contains("Text Center", nav);
        Assert.DoesNotContain("Billing", nav);
        Assert.DoesNotContain("Users", nav);
        Assert.DoesNotContain("Contacts", nav);
    }

    [Fact]
    public async Task A_manager_opens_the_billing_tab_and_sees_its_totals()
    {
        var client = await SignedInAs("Manager");

        var page = await (await client.GetAsync("/billing")).ReadHtmlAsync();

        Assert.Equal("$0.00", page.QuerySelector("[data-billing-total='all'] [data-billing-amount]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_anonymous_visitor_cannot_open_a_circuit_and_so_receives_no_live_updates()
    {
        var response = await app.CreateBrowserLikeClient().PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Settings_actions_are_admin_only()
    {
        var client = await SignedInAs("Manager");

        var response = await client.GetAsync("/settings");

        // The test update is a button on the page (no endpoint of its own), so the page's refusal covers it.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Send a test update", (await response.ReadHtmlAsync()).VisibleText());
    }
}
