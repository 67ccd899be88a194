using CrmTelnyx.Sandbox;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>Carriers refuse texts from US local numbers not on a provisioned 10DLC campaign: accepted by the API, then failed with 40010.</summary>
public class TenDlcSendingTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    [Fact]
    public async Task A_text_from_an_unregistered_local_number_fails_with_40010_while_one_from_a_starter_number_is_delivered()
    {
        var unregistered = (await TenDlcNumbers.BuyAsync(sandbox, 1)).Single();

        var refused = await sandbox.PostOkAsync("messages", new { from = unregistered, to = "+13125550181", text = "Not registered yet" });
        var delivered = await sandbox.PostOkAsync("messages", new { from = SandboxAccount.SeedNumbers[0], to = "+13125550182", text = "Registered" });
        Assert.Equal("queued", (string?)refused["to"]![0]!["status"]);

        var failed = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)refused["id"])).Single();
        Assert.Equal("delivery_failed", (string?)failed.Payload["to"]![0]!["status"]);
        Assert.Equal("40010", (string?)failed.Payload["errors"]![0]!["code"]);
        Assert.Equal("Not 10DLC registered", (string?)failed.Payload["errors"]![0]!["title"]);
        var fetched = (await sandbox.GetOkAsync($"messages/{refused["id"]}"))["data"]!;
        Assert.Equal("40010", (string?)fetched["errors"]![0]!["code"]);

        var ok = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)delivered["id"])).Single();
        Assert.Equal("delivered", (string?)ok.Payload["to"]![0]!["status"]);
    }

    [Fact]
    public async Task Once_assigned_to_a_provisioned_campaign_the_bought_number_is_delivered()
    {
        var registry = new TenDlcRegistry(sandbox);
        registry.Review();
        var number = (await TenDlcNumbers.BuyAsync(sandbox, 1)).Single();
        var campaignId = await registry.ProvisionedCampaignAsync();
        await registry.PostAsync("10dlc/phone_number_campaigns", new { phoneNumber = number, campaignId });
        await sandbox.Receiver.WaitForAsync(r => r.EventType == "10dlc.phone_number.update" && (string?)r.Payload["phoneNumber"] == number);

        var message = await sandbox.PostOkAsync("messages", new { from = number, to = "+13125550183", text = "Registered now" });

        var finalized = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)message["id"])).Single();
        Assert.Equal("delivered", (string?)finalized.Payload["to"]![0]!["status"]);
    }

    [Theory]
    [InlineData("+13125550141", true)]
    [InlineData("+18005550100", false)]
    [InlineData("+18885550100", false)]
    [InlineData("+442071234567", false)]
    public void Only_us_local_numbers_fall_under_10dlc(string number, bool tenDlc) =>
        Assert.Equal(tenDlc, CrmTelnyx.Sandbox.TenDlc.SenderRegistration.IsTenDlc(number));
}
