using System.Net;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Identity;

/// <summary>Sign-in over real HTTP: strangers are told apart by the address a trusted proxy forwards.</summary>
public sealed class SignInLimitsTests(SignInKestrelApp app) : IClassFixture<SignInKestrelApp>
{
    [Fact]
    public async Task A_return_url_with_non_ascii_characters_signs_in_and_lands_on_the_page()
    {
        var client = app.ClientFrom("198.51.100.10");

        var response = await client.SubmitFormAsync("/account/login?ReturnUrl=/contacts?q=José", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = CrmAppFactory.AdminEmail,
            ["Input.Password"] = CrmAppFactory.AdminPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.Headers.Location!;
        Assert.Equal("/contacts", target.AbsolutePath);
        Assert.Equal("?q=José", Uri.UnescapeDataString(target.Query));
        var page = await client.GetAsync(target);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(CrmAppFactory.AdminEmail, (await page.ReadHtmlAsync()).QuerySelector("[data-current-user]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_return_url_to_another_site_lands_home()
    {
        var client = app.ClientFrom("198.51.100.11");

        var response = await client.SubmitFormAsync("/account/login?ReturnUrl=/%5Cevil.example/", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = CrmAppFactory.AdminEmail,
            ["Input.Password"] = CrmAppFactory.AdminPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri(app.BaseUrl).Authority, response.Headers.Location!.Authority);
        Assert.Equal("/", response.Headers.Location.AbsolutePath);
    }

    [Fact]
    public async Task A_known_and_an_unknown_email_get_the_same_answers_from_the_first_guess_to_the_refusal()
    {
        await app.CreateUserAsync("known@crm.test", "Known-Passw0rd1", "Staff");

        var known = await GuessAsync(app.ClientFrom("198.51.100.20"), "known@crm.test", times: 7);
        var unknown = await GuessAsync(app.ClientFrom("198.51.100.21"), "nobody@crm.test", times: 7);

        Assert.Equal(known, unknown);
        Assert.Equal(PasswordSignIn.NotRight, known[0].Words);
        Assert.StartsWith("Too many sign-in attempts from this network.", known[^1].Words);
        Assert.DoesNotContain(known, answer => answer.Words?.Contains("locked") == true);
    }

    [Fact]
    public async Task A_strangers_guesses_are_refused_in_words_and_the_admin_still_signs_in_from_elsewhere()
    {
        var stranger = app.ClientFrom("203.0.113.7");

        var answers = await GuessAsync(stranger, CrmAppFactory.AdminEmail, times: 8);
        var withTheRightPassword = await SignInAnswer.Of(await stranger.SignInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword));

        Assert.All(answers.Take(5), answer => Assert.Equal(PasswordSignIn.NotRight, answer.Words));
        Assert.All(answers.Skip(5), answer =>
            Assert.Equal("Too many sign-in attempts from this network. Try again in 3 minutes.", answer.Words));
        Assert.Equal(answers[^1], withTheRightPassword);
        var admin = await SignInAnswer.Of(await app.ClientFrom("192.0.2.44").SignInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword));
        Assert.Equal(HttpStatusCode.Redirect, admin.Status);
        Assert.Contains("crm.auth", admin.Cookies);
        Assert.Null(await app.WithUsersAsync(async users => (await users.FindByEmailAsync(CrmAppFactory.AdminEmail))!.LockoutEnd));
    }

    [Fact]
    public async Task Twenty_parallel_guesses_from_one_address_get_only_its_five_tries()
    {
        var guesses = Enumerable.Range(1, 20).Select(async guess =>
            await SignInAnswer.Of(await app.ClientFrom("203.0.113.55").SignInAsync(CrmAppFactory.AdminEmail, $"Parallel-Guess-{guess}")));

        var answers = await Task.WhenAll(guesses);

        Assert.Equal(5, answers.Count(answer => answer.Words == PasswordSignIn.NotRight));
        Assert.Equal(15, answers.Count(answer => answer.Words?.StartsWith("Too many sign-in attempts from this network.") == true));
    }

    [Fact]
    public async Task One_address_guessing_many_accounts_is_refused_after_the_per_client_limit()
    {
        var sprayer = app.ClientFrom("203.0.113.99");

        var answers = new List<SignInAnswer>();
        for (var i = 0; i < 22; i++)
            answers.Add(await SignInAnswer.Of(await sprayer.SignInAsync($"person{i}@crm.test", "Summer-2026-pass")));

        Assert.All(answers.Take(20), answer => Assert.Equal(PasswordSignIn.NotRight, answer.Words));
        Assert.All(answers.Skip(20), answer =>
            Assert.Equal("Too many sign-in attempts from this network. Try again in 1 minute.", answer.Words));
    }

    [Fact]
    public async Task A_refused_sign_in_keeps_the_email_but_never_sends_the_password_back()
    {
        var response = await app.ClientFrom("198.51.100.40").SignInAsync("someone@crm.test", "Secret-Guess-123");

        var page = await response.ReadHtmlAsync();
        Assert.Equal("someone@crm.test", page.QuerySelector("#email")!.GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("#password")!.GetAttribute("value")));
        Assert.DoesNotContain("Secret-Guess-123", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Behind_a_tls_terminating_proxy_the_cookie_is_secure()
    {
        var viaProxy = await app.ClientFrom("198.51.100.30", scheme: "https").SignInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        var plain = await app.ClientFrom("198.51.100.31").SignInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);

        Assert.Contains(AuthCookie(viaProxy).Split(';'), part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(AuthCookie(plain).Split(';'), part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("crm.auth="));

    private static async Task<List<SignInAnswer>> GuessAsync(HttpClient client, string email, int times)
    {
        var answers = new List<SignInAnswer>();
        for (var guess = 1; guess <= times; guess++)
            answers.Add(await SignInAnswer.Of(await client.SignInAsync(email, $"Wrong-Guess-{guess}")));
        return answers;
    }
}
