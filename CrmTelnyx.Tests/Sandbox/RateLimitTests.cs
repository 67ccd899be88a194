using System.Net;
using System.Text.Json.Nodes;

namespace CrmTelnyx.Tests.Sandbox;

public class RateLimitTests
{
    [Fact]
    public async Task Past_the_account_limit_requests_get_429_with_a_telnyx_body_and_retry_headers()
    {
        await using var sandbox = new SandboxApp { Configure = s => s["Sandbox:RequestsPerWindow"] = "3" };
        await sandbox.InitializeAsync();

        for (var i = 0; i < 3; i++)
        {
            var ok = await sandbox.Api.GetAsync("balance");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal((2 - i).ToString(), ok.Headers.GetValues("x-ratelimit-remaining").Single());
        }
        var limited = await sandbox.Api.GetAsync("balance");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("10011", (string?)JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["errors"]![0]!["code"]);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal("3", limited.Headers.GetValues("x-ratelimit-limit").Single());
        Assert.Equal("0", limited.Headers.GetValues("x-ratelimit-remaining").Single());
    }
}
