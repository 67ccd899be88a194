using System.Net;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrmTelnyx.Tests.Hosting;

/// <summary>The security headers on real responses over Kestrel: pages, static files, status pages, endpoints, webhooks.</summary>
public sealed class SecurityHeadersTests(SecurityHeadersTests.ServedApp served) : IClassFixture<SecurityHeadersTests.ServedApp>
{
    /// <summary>The app on Kestrel with an anonymous client and a signed-in admin's.</summary>
    public sealed class ServedApp : IAsyncLifetime
    {
        public CrmAppFactory App { get; } = new();
        public HttpClient Anonymous { get; private set; } = default!;
        public HttpClient Admin { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Anonymous = App.StartKestrelWithClient();
            Admin = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Anonymous.BaseAddress }
                .SignedInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        }

        public Task DisposeAsync()
        {
            Anonymous.Dispose();
            Admin.Dispose();
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    public static TheoryData<string, string, string, HttpStatusCode> Responses() => new()
    {
        { "a static page", "anonymous", "GET /account/login", HttpStatusCode.OK },
        { "an interactive page", "admin", "GET /contacts", HttpStatusCode.OK },
        { "the start page", "admin", "GET /", HttpStatusCode.OK },
        { "a static file", "anonymous", "GET /css/app.css", HttpStatusCode.OK },
        { "the framework's script", "anonymous", "GET /_framework/blazor.web.js", HttpStatusCode.OK },
        { "MudBlazor's script", "anonymous", "GET /_content/MudBlazor/MudBlazor.min.js", HttpStatusCode.OK },
        { "a missing page", "admin", "GET /no-such-page", HttpStatusCode.NotFound },
        { "a missing file", "admin", "GET /css/no-such-file.css", HttpStatusCode.NotFound },
        { "a refused page", "anonymous", "GET /users", HttpStatusCode.Redirect },
        { "the error page", "anonymous", "GET /error", HttpStatusCode.OK },
        { "an endpoint", "admin", "GET /contacts/export", HttpStatusCode.OK },
        { "the health check", "anonymous", "GET /health", HttpStatusCode.OK },
        { "an unsigned webhook", "anonymous", "POST /webhooks/telnyx", HttpStatusCode.Unauthorized },
        { "the sandbox API", "anonymous", "GET /sandbox/telnyx/v2/balance", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string what, string caller, string request, HttpStatusCode status)
    {
        var (method, path) = (request.Split(' ')[0], request.Split(' ')[1]);
        var client = caller == "admin" ? served.Admin : served.Anonymous;

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json") : null,
        });

        Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode}");
        var csp = Header(response, "Content-Security-Policy");
        foreach (var directive in new[]
                 {
                     "default-src 'self'", "script-src 'self';", "connect-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'",
                     "base-uri 'self'", "form-action 'self'", "object-src 'none'",
                 })
            Assert.Contains(directive, csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src")));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        // Plain HTTP: a Strict-Transport-Security header would mean nothing here, and the framework sends none.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Over_https_the_browser_is_told_to_keep_using_https()
    {
        // As behind a TLS-terminating proxy: the app sees an HTTPS request for its public host name (in memory, as Kestrel
        // here listens on plain HTTP).
        using var inMemory = new CrmAppFactory();
        using var https = inMemory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://crm.example"), AllowAutoRedirect = false });

        foreach (var (path, status) in new[] { ("/account/login", HttpStatusCode.OK), ("/no-such-file.css", HttpStatusCode.Redirect) })
        {
            var response = await https.GetAsync(path);

            Assert.Equal(status, response.StatusCode);
            Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri} answered {(int)response.StatusCode} without {name}.");
}
