using System.Net;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.Contacts;
using CrmTelnyx.Tests.Features.Users;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CrmTelnyx.Tests.Identity;

/// <summary>
/// Walks every page and endpoint the app maps (from its own endpoint metadata) as an anonymous visitor and as each role,
/// and compares who gets in with the README's roles table. A new page or endpoint missing from <see cref="AccessByEndpoint"/>
/// fails the walk, so nobody can add one without deciding who may use it.
/// </summary>
public sealed class AuthorizationWalkTests(CrmAppFactory app, ITestOutputHelper output) : IClassFixture<CrmAppFactory>
{
    private const string Anyone = "anyone, signed in or not";
    private const string SignedIn = "any signed-in person";
    private const string TelnyxSignature = "Telnyx's signature (401 without it, signed in or not)";
    private const string SandboxApiKey = "the sandbox's API key (401 without it, signed in or not)";

    /// <summary>Who may use each endpoint: a row of the README's roles table, or one of the constants above.</summary>
    private static readonly Dictionary<string, string> AccessByEndpoint = new()
    {
        ["GET /"] = "Start page (live activity)",
        ["GET /text-center"] = "Text Center: recent messages and conversations",
        ["GET /text-center/conversations"] = "Text Center: recent messages and conversations",
        ["GET /text-center/blasts"] = "Text Center: blasts (compose, send, follow, export)",
        ["GET /text-center/blasts/new"] = "Text Center: blasts (compose, send, follow, export)",
        ["GET /text-center/blasts/{Id:long}"] = "Text Center: blasts (compose, send, follow, export)",
        ["GET /text-center/blasts/{Id:long}/export"] = "Text Center: blasts (compose, send, follow, export)",
        ["GET /contacts"] = "Contacts: list, contact page, import",
        ["GET /contacts/new"] = "Contacts: list, contact page, import",
        ["GET /contacts/{Id:long}"] = "Contacts: list, contact page, import",
        ["GET /contacts/import"] = "Contacts: list, contact page, import",
        ["POST /contacts/import"] = "Contacts: list, contact page, import",
        ["GET /contacts/import/{Id:guid}"] = "Contacts: list, contact page, import",
        ["GET /contacts/import/{id:guid}/rejected.csv"] = "Contacts: list, contact page, import",
        ["GET /contacts/export"] = "Exports (contacts, call history, billing)",
        ["GET /calls"] = "Calls",
        ["GET /calls/{Id:long}"] = "Calls",
        ["GET /calls/recordings/{Id:long}"] = "Calls",
        ["GET /calls/export"] = "Exports (contacts, call history, billing)",
        ["GET /billing"] = "Billing",
        ["GET /billing/export/ledger.csv"] = "Exports (contacts, call history, billing)",
        ["GET /billing/export/numbers.csv"] = "Exports (contacts, call history, billing)",
        ["GET /numbers"] = "Numbers",
        ["GET /numbers/{Id:long}"] = "Numbers",
        ["GET /numbers/buy"] = "Numbers",
        ["GET /users"] = "Users, Settings, Webhooks, Sandbox",
        ["GET /users/{Id}"] = "Users, Settings, Webhooks, Sandbox",
        ["GET /settings"] = "Users, Settings, Webhooks, Sandbox",
        ["GET /10dlc"] = "10DLC registration",
        ["GET /webhooks/events"] = "Users, Settings, Webhooks, Sandbox",
        ["GET /sandbox"] = "Users, Settings, Webhooks, Sandbox",
        ["GET /account/login"] = Anyone,
        ["POST /account/logout"] = SignedIn,
        ["POST /account/logout-everywhere"] = SignedIn,
        ["GET /account/sessions"] = SignedIn,
        ["GET /status/{Code:int}"] = Anyone,
        ["GET /not-found"] = Anyone,
        ["GET /error"] = Anyone,
        ["GET /health"] = Anyone,
        ["POST /webhooks/telnyx"] = TelnyxSignature,
        ["POST /webhooks/telnyx/failover"] = TelnyxSignature,
        ["GET /sandbox/public-key"] = Anyone,
        ["GET /sandbox/recordings/{file}"] = Anyone,
        // Telnyx fetches the audio it plays on calls without signing in.
        ["GET /call-audio/hold-music.wav"] = Anyone,
        ["GET /call-audio/uploads/{File}"] = Anyone,
    };

    /// <summary>The simulated Telnyx API: one route group behind one gate (its bearer key), so one rule covers its routes.</summary>
    private static string? AccessByPrefix(string endpoint) =>
        endpoint.Split(' ')[1].StartsWith("/sandbox/telnyx/", StringComparison.Ordinal) ? SandboxApiKey : null;

    /// <summary>These end the caller's session(s): each is tried with a session of its own, after everything else.</summary>
    private static readonly HashSet<string> SignOuts = ["POST /account/logout", "POST /account/logout-everywhere"];

    private enum Outcome { Allowed, SentToSignIn, Forbidden, Unauthorized }

    [Fact]
    public async Task Every_endpoint_answers_each_role_and_anonymous_visitors_as_the_roles_table_says()
    {
        var samples = await SampleRouteValuesAsync();
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.CreateBrowserLikeClient() };
        var passwords = new Dictionary<string, (string Email, string Password)>();
        foreach (var role in AppRoles.All)
        {
            var email = $"walk-{role.ToLowerInvariant()}@crm.test";
            var created = await app.CreateUserThroughAdminAsync(email, $"{role}-Walk-Passw0rd", role);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Text)));
            clients[role] = await app.CreateBrowserLikeClient().SignedInAsync(email, $"{role}-Walk-Passw0rd");
            passwords[role] = (email, $"{role}-Walk-Passw0rd");
        }
        var table = ReadmeRolesTable.Load();

        var endpoints = MappedEndpoints();
        var unlisted = endpoints.Keys.Where(e => !AccessByEndpoint.ContainsKey(e) && AccessByPrefix(e) is null).ToList();
        Assert.True(unlisted.Count == 0, "Decide who may use these and add them to AccessByEndpoint: " + string.Join(", ", unlisted));
        Assert.Empty(AccessByEndpoint.Keys.Except(endpoints.Keys));

        var wrong = new List<string>();
        // Signing out last, so no other request meets a client that has just signed out.
        foreach (var (endpoint, pattern) in endpoints.OrderBy(e => SignOuts.Contains(e.Key)).ThenBy(e => e.Key))
        {
            var access = AccessByEndpoint.GetValueOrDefault(endpoint) ?? AccessByPrefix(endpoint)!;
            var method = endpoint.Split(' ')[0];
            var path = Fill(pattern, samples);
            foreach (var (caller, signedInClient) in clients)
            {
                var client = SignOuts.Contains(endpoint) && passwords.TryGetValue(caller, out var login)
                    ? await app.CreateBrowserLikeClient().SignedInAsync(login.Email, login.Password)
                    : signedInClient;
                var expected = Expected(access, caller, table);
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
                {
                    Content = method == "GET" ? null : new FormUrlEncodedContent([]),
                });
                var actual = OutcomeOf(response, path);
                output.WriteLine($"{caller,-9} {method,-5} {path,-50} {(int)response.StatusCode} {actual}");
                if (actual != expected) wrong.Add($"{caller} {method} {path}: expected {expected} ({access}), got {actual} ({(int)response.StatusCode})");
                if (response.StatusCode == HttpStatusCode.InternalServerError) wrong.Add($"{caller} {method} {path}: 500");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static Outcome Expected(string access, string caller, ReadmeRolesTable table) => access switch
    {
        Anyone => Outcome.Allowed,
        TelnyxSignature or SandboxApiKey => Outcome.Unauthorized,
        SignedIn => caller == "anonymous" ? Outcome.SentToSignIn : Outcome.Allowed,
        _ when caller == "anonymous" => Outcome.SentToSignIn,
        _ => table.RolesByPart[access].Contains(caller) ? Outcome.Allowed : Outcome.Forbidden,
    };

    private static Outcome OutcomeOf(HttpResponseMessage response, string path)
    {
        if (response.StatusCode == HttpStatusCode.Forbidden) return Outcome.Forbidden;
        if (response.StatusCode == HttpStatusCode.Unauthorized) return Outcome.Unauthorized;
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location)
        {
            var target = new Uri(new Uri("http://localhost"), location);
            // Sent to sign in and brought back afterwards.
            if (target.AbsolutePath == IdentityExtensions.LoginPath)
                return target.Query.Contains("ReturnUrl=" + Uri.EscapeDataString(path)) ? Outcome.SentToSignIn : Outcome.Allowed;
        }
        return Outcome.Allowed;
    }

    /// <summary>"METHOD /pattern" for each page and endpoint, leaving out the framework's own (the circuit's hub, its scripts, static files).</summary>
    private Dictionary<string, RoutePattern> MappedEndpoints()
    {
        var endpoints = new Dictionary<string, RoutePattern>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var raw = "/" + (pattern.RawText ?? "").TrimStart('/');
            if (raw.StartsWith("/_blazor") || raw.StartsWith("/_framework") || raw.StartsWith("/_content")) continue;
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            // A page answers GET; its POST is the same page's form, behind the same authorization.
            foreach (var method in isPage ? ["GET"] : methods)
                endpoints.TryAdd($"{method} {raw}", pattern);
        }
        return endpoints;
    }

    private async Task<Dictionary<string, string>> SampleRouteValuesAsync() => new()
    {
        ["Id:long"] = (await app.CreateContactAsync("+13125550177")).ToString(),
        ["Id"] = await app.UserIdAsync(CrmAppFactory.AdminEmail),
        ["Id:guid"] = Guid.NewGuid().ToString(),
        ["id:guid"] = Guid.NewGuid().ToString(),
        ["Code:int"] = "404",
    };

    private static string Fill(RoutePattern pattern, Dictionary<string, string> samples)
    {
        var path = "/" + (pattern.RawText ?? "").TrimStart('/');
        foreach (var parameter in pattern.Parameters)
        {
            var constraint = parameter.ParameterPolicies.FirstOrDefault()?.Content;
            var key = constraint is null ? parameter.Name : $"{parameter.Name}:{constraint}";
            path = path.Replace("{" + key + "}", samples.GetValueOrDefault(key, "sample"));
        }
        return path;
    }
}
