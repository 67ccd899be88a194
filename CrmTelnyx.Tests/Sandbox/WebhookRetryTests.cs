namespace CrmTelnyx.Tests.Sandbox;

public class WebhookRetryTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    [Fact]
    public async Task A_receiver_answering_500_gets_the_same_event_again_with_attempt_2()
    {
        sandbox.Receiver.FailNext(1, "message.sent");
        var message = await sandbox.PostOkAsync("messages", new { from = "+13125550141", to = "+13125550194", text = "Retry me" });

        var sent = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.sent" && (string?)r.Payload["id"] == (string?)message["id"])).Single();

        var failed = sandbox.Receiver.All.Single(r => r.AnsweredWith == 500);
        Assert.Equal("message.sent", failed.EventType);
        Assert.Equal(1, failed.Attempt);
        Assert.Equal(2, sent.Attempt);
        Assert.Equal((string?)failed.Json["data"]!["id"], (string?)sent.Json["data"]!["id"]);
    }

    [Fact]
    public async Task When_every_attempt_at_the_webhook_url_fails_the_event_goes_to_the_failover_url()
    {
        var down = await WebhookReceiver.StartAsync();
        var deadUrl = down.Url;
        await down.DisposeAsync();
        await using var failover = await WebhookReceiver.StartAsync();

        var message = await sandbox.PostOkAsync("messages", new
        {
            from = "+13125550141", to = "+13125550190", text = "Primary is down", webhook_url = deadUrl, webhook_failover_url = failover.Url,
        });

        var finalized = (await failover.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)message["id"])).Single();
        Assert.Equal(failover.Url, (string?)finalized.Json["meta"]!["delivered_to"]);
        Assert.Equal(1, finalized.Attempt);
    }
}
