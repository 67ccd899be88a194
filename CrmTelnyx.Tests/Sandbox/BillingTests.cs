using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace CrmTelnyx.Tests.Sandbox;

public class BillingTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    [Fact]
    public async Task Detail_records_and_balance_agree_with_what_was_sent_and_called()
    {
        const string from = "+13125550141";
        var sent = new[]
        {
            await sandbox.PostOkAsync("messages", new { from, to = "+13125550161", text = "One part" }),
            await sandbox.PostOkAsync("messages", new { from, to = "+13125550162", text = new string('x', 200) }),
            await sandbox.PostOkAsync("messages", new { from, to = "+13125550000", text = "Fails" }),
        };
        foreach (var message in sent)
            await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)message["id"]);
        var connectionId = (string)(await sandbox.GetOkAsync("call_control_applications"))["data"]![0]!["id"]!;
        var call = await sandbox.PostOkAsync("calls", new { connection_id = connectionId, from, to = "+13125550163" });
        await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.hangup" && (string?)r.Payload["call_control_id"] == (string?)call["call_control_id"]);

        var mdrs = (await sandbox.GetOkAsync("detail_records?filter[record_type]=messaging"))["data"]!.AsArray();
        Assert.Equal(3, mdrs.Count);
        Assert.Equal(sent.Select(m => (string)m["id"]!).Order(), mdrs.Select(r => (string)r!["uuid"]!).Order());
        Assert.Equal("failed", (string?)mdrs.Single(r => (string?)r!["cld"] == "+13125550000")!["status"]);
        Assert.Equal(2, (int)mdrs.Single(r => (string?)r!["cld"] == "+13125550162")!["parts"]!);
        var messageCost = mdrs.Sum(r => Money(r!["cost"]));
        Assert.Equal(sent.Sum(m => Money(m["cost"]!["amount"])), messageCost);

        var cdrs = (await sandbox.GetOkAsync("detail_records?filter[record_type]=call-control"))["data"]!.AsArray();
        var callCost = Money(cdrs.Single()!["cost"]);
        Assert.Equal(0.01m, callCost);
        Assert.Equal(60, (int)cdrs.Single()!["billed_sec"]!);

        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"));
        Assert.Empty((await sandbox.GetOkAsync($"detail_records?filter[record_type]=messaging&filter[created_at][gte]={future}"))["data"]!.AsArray());
        Assert.Equal(3, (await sandbox.GetOkAsync($"detail_records?filter[record_type]=messaging&filter[created_at][lt]={future}&page[size]=2"))["meta"]!["total_results"]!.GetValue<int>());

        var balance = (await sandbox.GetOkAsync("balance"))["data"]!;
        Assert.Equal(100m - messageCost - callCost, Money(balance["balance"]));
        Assert.Equal("USD", (string?)balance["currency"]);
    }

    [Fact]
    public async Task Detail_records_need_a_record_type()
    {
        var response = await sandbox.Api.GetAsync("detail_records");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("10004", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["code"]);
    }

    private static decimal Money(JsonNode? node) => decimal.Parse((string)node!, CultureInfo.InvariantCulture);
}
