using System.Net;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Sandbox;

public class SandboxModeTests
{
    [Fact]
    public async Task In_sandbox_mode_the_products_connection_points_at_the_sandbox_with_its_keys_and_ids()
    {
        await using var sandbox = new SandboxApp();
        await sandbox.InitializeAsync();

        var connection = sandbox.Factory.Services.GetRequiredService<ITelnyxConnectionSource>().Current;

        Assert.Equal(TelnyxMode.Sandbox, connection.Mode);
        Assert.Equal(sandbox.BaseUrl + "/sandbox/telnyx/v2/", connection.BaseUrl.ToString());
        Assert.Equal(sandbox.ApiKey, connection.ApiKey);
        using var anonymous = new HttpClient();
        Assert.Equal(await anonymous.GetStringAsync(sandbox.BaseUrl + "/sandbox/public-key"), connection.PublicKey);
        Assert.Equal((string?)(await sandbox.GetOkAsync("messaging_profiles"))["data"]![0]!["id"], connection.MessagingProfileId);
        Assert.Equal((string?)(await sandbox.GetOkAsync("call_control_applications"))["data"]![0]!["id"], connection.ConnectionId);
    }

    [Fact]
    public async Task The_keys_and_the_account_survive_a_restart()
    {
        // The first app stays alive until the end: disposing it would delete the shared data folder.
        await using var first = new CrmAppFactory();
        var (publicKey, apiKey, profiles) = await ReadAccountAsync(first);

        await using var second = CrmAppFactory.Restart(first.DataDirectory);
        var (publicKeyAfter, apiKeyAfter, profilesAfter) = await ReadAccountAsync(second);

        Assert.Equal(publicKey, publicKeyAfter);
        Assert.Equal(apiKey, apiKeyAfter);
        Assert.Equal(profiles, profilesAfter);
    }

    private static async Task<(string PublicKey, string ApiKey, string Profiles)> ReadAccountAsync(CrmAppFactory app)
    {
        using var client = app.CreateClient();
        var publicKey = await client.GetStringAsync("/sandbox/public-key");
        var apiKey = File.ReadAllText(Path.Combine(app.DataDirectory, "sandbox", "api.key"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/sandbox/telnyx/v2/messaging_profiles");
        request.Headers.Authorization = new("Bearer", apiKey);
        var profiles = System.Text.Json.Nodes.JsonNode.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync())!;
        return (publicKey, apiKey, (string)profiles["data"]![0]!["id"]!);
    }

    [Fact]
    public async Task In_live_mode_the_sandbox_is_not_there_and_the_configured_connection_is_used()
    {
        await using var app = new CrmAppFactory();
        app.Settings["Telnyx:ApiKey"] = "KEYLIVE123";
        app.Settings["Telnyx:PublicKey"] = "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=";
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sandbox/public-key")).StatusCode);
        var api = new HttpRequestMessage(HttpMethod.Get, "/sandbox/telnyx/v2/messaging_profiles");
        api.Headers.Authorization = new("Bearer", "KEYLIVE123");
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(api)).StatusCode);
        var admin = await app.SignedInAdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/sandbox")).StatusCode);
        var connection = app.Services.GetRequiredService<ITelnyxConnectionSource>().Current;
        Assert.Equal(TelnyxMode.Live, connection.Mode);
        Assert.Equal("https://api.telnyx.com/v2/", connection.BaseUrl.ToString());
    }
}
