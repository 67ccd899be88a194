namespace CrmTelnyx.Tests.Sandbox;

public class RandomFailureTests
{
    [Fact]
    public async Task With_a_random_failure_rate_of_one_every_message_fails_with_40008()
    {
        await using var sandbox = new SandboxApp { Configure = s => s["Sandbox:RandomFailureRate"] = "1" };
        await sandbox.InitializeAsync();

        var message = await sandbox.PostOkAsync("messages", new { from = "+13125550141", to = "+13125550165", text = "Unlucky" });

        var finalized = await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)message["id"]);
        Assert.Equal("delivery_failed", (string?)finalized.Single().Payload["to"]![0]!["status"]);
        Assert.Equal("40008", (string?)finalized.Single().Payload["errors"]![0]!["code"]);
    }
}
