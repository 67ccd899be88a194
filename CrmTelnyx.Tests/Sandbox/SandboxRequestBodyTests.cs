using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>Every sandbox endpoint that reads a JSON body answers a body of the wrong shape with Telnyx's 400, never a 500.</summary>
public sealed class SandboxRequestBodyTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    public static TheoryData<string, string> EndpointsAndBodies()
    {
        (string Method, string Path)[] endpoints =
        [
            ("POST", "messages"), ("POST", "messages/number_pool"), ("POST", "number_orders"), ("POST", "calls"),
            ("POST", "calls/v3:unknown/actions/answer"), ("PATCH", "phone_numbers/unknown"), ("PATCH", "phone_numbers/unknown/messaging"),
            ("PATCH", "phone_numbers/unknown/voice"), ("PATCH", "messaging_profiles/unknown"), ("PATCH", "call_control_applications/unknown"),
            ("POST", "10dlc/brand"), ("POST", "10dlc/campaignBuilder"), ("POST", "10dlc/phone_number_campaigns"),
        ];
        var data = new TheoryData<string, string>();
        foreach (var (method, path) in endpoints)
            foreach (var body in new[] { "null", "[1,2,3]", "\"x\"", "42" })
                data.Add($"{method} {path}", body);
        return data;
    }

    [Theory]
    [MemberData(nameof(EndpointsAndBodies))]
    public async Task A_body_that_is_not_the_expected_object_gets_400_with_a_telnyx_error(string endpoint, string body)
    {
        var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);

        var response = await sandbox.Api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{endpoint} with {body} answered {(int)response.StatusCode}: {text}");
        Assert.False(string.IsNullOrEmpty((string?)JsonNode.Parse(text)!["errors"]![0]!["detail"]));
    }
}
