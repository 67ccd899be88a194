using System.Net;
using System.Text.Json;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_reports_database_scheduler_and_sandbox_mode_to_anonymous_callers()
    {
        using var app = new CrmAppFactory();

        var response = await app.CreateBrowserLikeClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("wal", checks.GetProperty("database").GetProperty("data").GetProperty("journalMode").GetString());
        Assert.Equal("Healthy", checks.GetProperty("scheduler").GetProperty("status").GetString());
        Assert.Equal("Sandbox", checks.GetProperty("telnyx").GetProperty("data").GetProperty("mode").GetString());
    }

    [Fact]
    public async Task In_live_mode_health_says_Live_and_never_shows_the_key()
    {
        using var app = new CrmAppFactory();
        app.Settings["Telnyx:ApiKey"] = "KEY-health-test-secret-0123456789";
        app.Settings["Telnyx:PublicKey"] = Convert.ToBase64String(new byte[32]);

        var body = await app.CreateBrowserLikeClient().GetStringAsync("/health");

        Assert.Contains("\"mode\": \"Live\"", body);
        Assert.DoesNotContain("health-test-secret", body);
    }
}
