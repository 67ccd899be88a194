using System.Net;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Identity;

/// <summary>The app on real Kestrel; each client comes from its own address, as a trusted proxy on loopback reports it.</summary>
public class SignInKestrelApp : CrmAppFactory, IAsyncLifetime
{
    public string BaseUrl { get; private set; } = "";

    // Started before any test touches Services, which would start the in-memory server instead.
    public Task InitializeAsync()
    {
        BaseUrl = StartKestrel();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>A cookie-keeping client that does not follow redirects, seen by the app as coming from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string address, string? scheme = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        if (scheme is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        return client;
    }
}

/// <summary>What a person or a script sees of one sign-in answer: status, the words shown, the cookies set.</summary>
public sealed record SignInAnswer(HttpStatusCode Status, string? Words, string Cookies)
{
    public static async Task<SignInAnswer> Of(HttpResponseMessage response)
    {
        var words = response.StatusCode == HttpStatusCode.OK
            ? (await response.ReadHtmlAsync()).QuerySelector("[data-sign-in-error]")?.TextContent.Trim()
            : null;
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set)
            ? string.Join(",", set.Select(c => c.Split('=')[0]).Order())
            : "";
        return new SignInAnswer(response.StatusCode, words, cookies);
    }
}
