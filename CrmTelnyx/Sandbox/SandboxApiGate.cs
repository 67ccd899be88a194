using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;

namespace CrmTelnyx.Sandbox;

/// <summary>
/// What Telnyx checks before any handler runs: the sandbox exists only in Sandbox mode, a bearer API key is required,
/// and the account's request budget applies.
/// </summary>
public static class SandboxApiGate
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // An API keeps its bare status and JSON body; the app's friendly status pages are for browsers.
        var statusPages = http.Features.Get<IStatusCodePagesFeature>();
        if (statusPages is not null) statusPages.Enabled = false;

        var services = http.RequestServices;
        if (!services.GetRequiredService<SandboxMode>().IsActive) return TypedResults.NotFound();

        var expected = services.GetRequiredService<SandboxCredentials>().ApiKey;
        if (!HasBearer(http.Request, expected)) return SandboxErrors.Unauthorized();

        var decision = services.GetRequiredService<SandboxRateLimiter>().Take();
        var headers = http.Response.Headers;
        headers["x-ratelimit-limit"] = decision.Limit.ToString();
        headers["x-ratelimit-remaining"] = decision.Remaining.ToString();
        headers["x-ratelimit-reset"] = decision.ResetSeconds.ToString();
        if (!decision.Allowed)
        {
            headers.RetryAfter = decision.ResetSeconds.ToString();
            return SandboxErrors.Result(429, "10011", "Too many requests", "You have exceeded the maximum number of allowed requests.");
        }
        return await next(context);
    }

    private static bool HasBearer(HttpRequest request, string expected)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(header[prefix.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(expected));
    }
}
