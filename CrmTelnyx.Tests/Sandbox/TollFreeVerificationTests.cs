using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>A bought toll-free number is "In Progress" for the review delay, then "Verified"; meanwhile carriers refuse its texts (40329).</summary>
public class TollFreeVerificationTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    [Fact]
    public async Task A_toll_free_number_is_refused_with_40329_while_in_verification_and_delivered_once_verified()
    {
        sandbox.Get<SandboxRuntimeSettings>().TenDlcReviewDelayMs = 2000;
        var number = (await TenDlcNumbers.BuyAsync(sandbox, 1, areaCode: "888")).Single();

        Assert.Equal("In Progress", await StatusAsync(number));
        var refused = await sandbox.PostOkAsync("messages", new { from = number, to = "+13125550184", text = "Too early" });
        var failed = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)refused["id"])).Single();
        Assert.Equal(("40329", "Toll-free not verified"), ((string?)failed.Payload["errors"]![0]!["code"], (string?)failed.Payload["errors"]![0]!["title"]));

        await Infrastructure.Eventually.ReturnsAsync(() => StatusAsync(number), s => s == "Verified");
        var sent = await sandbox.PostOkAsync("messages", new { from = number, to = "+13125550185", text = "Verified now" });
        var finalized = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)sent["id"])).Single();
        Assert.Equal("delivered", (string?)finalized.Payload["to"]![0]!["status"]);
    }

    private async Task<string?> StatusAsync(string number)
    {
        var list = await sandbox.GetOkAsync("messaging_tollfree/verification/requests?page=1&page_size=100");
        Assert.NotNull(list["total_records"]);
        return list["records"]!.AsArray().SingleOrDefault(r => (string?)r!["phoneNumbers"]![0]!["phoneNumber"] == number)?["verificationStatus"]?.GetValue<string>();
    }
}
