namespace CrmTelnyx.Tests.Sandbox;

/// <summary>The sandbox configured with the delivery outcome due before the "sent" step.</summary>
public sealed class FinalizedFirstSandbox : SandboxApp
{
    public FinalizedFirstSandbox() => Configure = settings =>
    {
        settings["Sandbox:MessageSentDelayMs"] = "1500";
        settings["Sandbox:MessageFinalizedDelayMs"] = "50";
    };
}

public class SentBeforeFinalizedTests(FinalizedFirstSandbox sandbox) : IClassFixture<FinalizedFirstSandbox>
{
    [Fact]
    public async Task Every_message_is_announced_as_sent_exactly_once_even_when_its_outcome_is_due_first()
    {
        var message = await sandbox.PostOkAsync("messages", new { from = "+13125550141", to = "+13125550196", text = "Quick" });
        var id = (string)message["id"]!;

        await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == id);
        var sent = await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.sent" && (string?)r.Payload["id"] == id);
        // Past the sent step's own turn, which must find the message already announced.
        await Task.Delay(2000);

        Assert.Single(sent);
        Assert.Single(sandbox.Receiver.All, r => r.EventType == "message.sent" && (string?)r.Payload["id"] == id);
    }
}
