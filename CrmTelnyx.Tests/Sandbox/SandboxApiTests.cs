using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmTelnyx.Tests.Sandbox;

public class SandboxApiTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    [Fact]
    public async Task Without_the_bearer_key_it_answers_401_with_a_telnyx_error()
    {
        foreach (var key in new[] { null, "wrong-key" })
        {
            using var client = sandbox.NewApiClient(key);
            var response = await client.GetAsync("messaging_profiles");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
            Assert.Equal("10009", error["code"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty((string?)error["title"]));
        }
    }

    [Fact]
    public async Task A_number_not_in_e164_gets_422_with_code_10016_pointing_at_the_field()
    {
        var response = await sandbox.Api.PostAsJsonAsync("messages", new { from = "+13125550141", to = "312-555-0199", text = "hi" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("10016", error["code"]!.GetValue<string>());
        Assert.Equal("/to", (string?)error["source"]!["pointer"]);
    }

    [Theory]
    [InlineData("+1312555019")]   // nine digits after +1
    [InlineData("+11125550199")]  // area codes never start with 1
    public async Task A_north_american_number_that_cannot_exist_gets_10002(string to)
    {
        var response = await sandbox.Api.PostAsJsonAsync("messages", new { from = "+13125550141", to, text = "hi" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("10002", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Sending_from_a_number_the_account_does_not_own_gets_40305()
    {
        var response = await sandbox.Api.PostAsJsonAsync("messages", new { from = "+19995550100", to = "+13125550199", text = "hi" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("\"40305\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_account_starts_with_a_messaging_profile_and_a_call_control_application_on_both_base_paths()
    {
        var profiles = await sandbox.GetOkAsync("messaging_profiles");
        Assert.Single(profiles["data"]!.AsArray());
        Assert.Equal("messaging_profile", (string?)profiles["data"]![0]!["record_type"]);

        using var withoutV2 = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl + "/sandbox/telnyx/") };
        withoutV2.DefaultRequestHeaders.Authorization = new("Bearer", sandbox.ApiKey);
        var applications = JsonNode.Parse(await withoutV2.GetStringAsync("call_control_applications"))!;
        Assert.Single(applications["data"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_path_gets_a_json_404_not_the_apps_page()
    {
        var response = await sandbox.Api.GetAsync("no_such_thing/42");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("10005", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task The_public_key_is_served_to_anyone_as_base64_of_32_bytes()
    {
        using var anonymous = new HttpClient();
        var response = await anonymous.GetAsync(sandbox.BaseUrl + "/sandbox/public-key");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(32, Convert.FromBase64String(await response.Content.ReadAsStringAsync()).Length);
    }
}
