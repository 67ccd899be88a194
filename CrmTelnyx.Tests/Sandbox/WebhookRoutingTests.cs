using System.Net.Http.Json;

namespace CrmTelnyx.Tests.Sandbox;

public class WebhookRoutingTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    [Fact]
    public async Task Profile_and_application_webhook_urls_take_over_from_the_default_and_a_per_request_url_beats_them()
    {
        await using var profileReceiver = await WebhookReceiver.StartAsync();
        await using var requestReceiver = await WebhookReceiver.StartAsync();
        var profileId = (string)(await sandbox.GetOkAsync("messaging_profiles"))["data"]![0]!["id"]!;
        var applicationId = (string)(await sandbox.GetOkAsync("call_control_applications"))["data"]![0]!["id"]!;
        (await sandbox.Api.PatchAsJsonAsync($"messaging_profiles/{profileId}", new { webhook_url = profileReceiver.Url })).EnsureSuccessStatusCode();
        (await sandbox.Api.PatchAsJsonAsync($"call_control_applications/{applicationId}", new { webhook_event_url = profileReceiver.Url })).EnsureSuccessStatusCode();

        var viaProfile = await sandbox.PostOkAsync("messages", new { from = "+13125550141", to = "+13125550151", text = "profile" });
        var viaRequest = await sandbox.PostOkAsync("messages", new { from = "+13125550141", to = "+13125550152", text = "request", webhook_url = requestReceiver.Url });
        var call = await sandbox.PostOkAsync("calls", new { connection_id = applicationId, from = "+13125550141", to = "+13125550153" });

        await profileReceiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)viaProfile["id"]);
        await requestReceiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)viaRequest["id"]);
        await profileReceiver.WaitForAsync(r => r.EventType == "call.initiated" && (string?)r.Payload["call_control_id"] == (string?)call["call_control_id"]);
        Assert.DoesNotContain(profileReceiver.All, r => (string?)r.Payload["id"] == (string?)viaRequest["id"]);
        Assert.DoesNotContain(sandbox.Receiver.All, r => r.EventType.StartsWith("message.", StringComparison.Ordinal) || r.EventType == "call.initiated");
    }
}
