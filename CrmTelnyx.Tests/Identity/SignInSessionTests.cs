using System.Net;
using CrmTelnyx.Tests.Features.Users;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Identity;

/// <summary>The app on real Kestrel, shared by the tests of one class (each uses its own users).</summary>
public sealed class KestrelApp : IDisposable
{
    public CrmAppFactory App { get; } = new();

    public Uri BaseUrl { get; }

    public KestrelApp() => BaseUrl = new Uri(App.StartKestrel());

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Signing out ends the session on the server: a copy of the cookie (taken from a shared computer, a proxy log, a
/// stolen laptop's profile) stops working with it, on pages and endpoints alike. Over real HTTP on Kestrel.
/// </summary>
public sealed class SignInSessionTests(KestrelApp server) : IClassFixture<KestrelApp>
{
    private CrmAppFactory App => server.App;

    /// <summary>A browser: keeps its cookies, does not follow redirects.</summary>
    private sealed record Browser(HttpClient Client, CookieContainer Cookies);

    private Browser NewBrowser()
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = server.BaseUrl };
        return new Browser(client, cookies);
    }

    private async Task<Browser> SignedInAsync(string email, string password)
    {
        var browser = NewBrowser();
        await browser.Client.SignedInAsync(email, password);
        return browser;
    }

    /// <summary>Someone else's client sending exactly the cookies copied from <paramref name="victim"/>.</summary>
    private HttpClient CopyOfCookies(Browser victim)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server.BaseUrl };
        client.DefaultRequestHeaders.Add("Cookie", victim.Cookies.GetCookieHeader(server.BaseUrl));
        return client;
    }

    /// <summary>Posts the user menu's sign-out form (<c>/account/logout</c> or <c>/account/logout-everywhere</c>) with a page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostFromUserMenuAsync(Browser browser, string action)
    {
        var page = await (await browser.Client.GetAsync("/contacts/import")).ReadHtmlAsync();
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await browser.Client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    private static async Task AssertSignedInAsync(HttpClient client)
    {
        var page = await client.GetAsync("/contacts");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var export = await client.GetAsync("/contacts/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        foreach (var path in new[] { "/contacts", "/contacts/export" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path} answered {(int)response.StatusCode}, not the sign-in redirect");
            Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
        }
        // The interactive pages' connection: no circuit for this cookie.
        var circuit = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, circuit.StatusCode);
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_when_its_browser_signs_out()
    {
        await App.CreateUserAsync("copied@crm.test", "Copied-Passw0rd1", "Manager");
        var victim = await SignedInAsync("copied@crm.test", "Copied-Passw0rd1");
        var thief = CopyOfCookies(victim);
        await AssertSignedInAsync(thief);

        var signOut = await PostFromUserMenuAsync(victim, "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/login", signOut.Headers.Location!.OriginalString);
        await AssertSignedOutAsync(thief);
        await AssertSignedOutAsync(victim.Client);
    }

    [Fact]
    public async Task Signing_out_in_one_browser_leaves_the_same_persons_other_browser_signed_in()
    {
        await App.CreateUserAsync("two-browsers@crm.test", "TwoBrowsers-Passw0rd1", "Manager");
        var laptop = await SignedInAsync("two-browsers@crm.test", "TwoBrowsers-Passw0rd1");
        var phone = await SignedInAsync("two-browsers@crm.test", "TwoBrowsers-Passw0rd1");

        await PostFromUserMenuAsync(laptop, "/account/logout");

        await AssertSignedOutAsync(laptop.Client);
        await AssertSignedInAsync(phone.Client);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_that_person_and_no_one_elses()
    {
        await App.CreateUserAsync("everywhere@crm.test", "Everywhere-Passw0rd1", "Manager");
        await App.CreateUserAsync("bystander@crm.test", "Bystander-Passw0rd1", "Manager");
        var laptop = await SignedInAsync("everywhere@crm.test", "Everywhere-Passw0rd1");
        var phone = await SignedInAsync("everywhere@crm.test", "Everywhere-Passw0rd1");
        var copyOfPhone = CopyOfCookies(phone);
        var bystander = await SignedInAsync("bystander@crm.test", "Bystander-Passw0rd1");
        await AssertSignedInAsync(copyOfPhone);

        var signOut = await PostFromUserMenuAsync(laptop, "/account/logout-everywhere");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/login", signOut.Headers.Location!.OriginalString);
        await AssertSignedOutAsync(laptop.Client);
        await AssertSignedOutAsync(phone.Client);
        await AssertSignedOutAsync(copyOfPhone);
        await AssertSignedInAsync(bystander.Client);

        // Signing in again afterwards works as ever.
        await AssertSignedInAsync((await SignedInAsync("everywhere@crm.test", "Everywhere-Passw0rd1")).Client);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_sessions_and_enabling_them_again_does_not_revive_the_old_cookie()
    {
        var user = await App.CreateUserAsync("disabled-session@crm.test", "Disabled-Passw0rd1", "Manager");
        var browser = await SignedInAsync("disabled-session@crm.test", "Disabled-Passw0rd1");
        await AssertSignedInAsync(browser.Client);

        await App.DisableUserAsync(user.Id);
        await AssertSignedOutAsync(CopyOfCookies(browser));
        await App.EnableUserAsync(user.Id);

        await AssertSignedOutAsync(browser.Client);
    }

    [Fact]
    public async Task A_password_reset_or_new_roles_end_the_users_sessions_at_once()
    {
        var user = await App.CreateUserAsync("changed-session@crm.test", "Changed-Passw0rd1", "Manager");
        var before = await SignedInAsync("changed-session@crm.test", "Changed-Passw0rd1");
        await AssertSignedInAsync(before.Client);

        await App.ResetPasswordAsync(user.Id, "Changed-Passw0rd2");
        await AssertSignedOutAsync(before.Client);

        var after = await SignedInAsync("changed-session@crm.test", "Changed-Passw0rd2");
        await AssertSignedInAsync(after.Client);
        await App.ChangeRolesAsync(user.Id, "Manager", "Staff");
        await AssertSignedOutAsync(after.Client);
    }
}
