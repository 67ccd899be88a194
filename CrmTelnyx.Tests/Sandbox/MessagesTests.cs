using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Sandbox;

public class MessagesTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    private const string From = "+13125550141";

    [Fact]
    public async Task Sending_answers_queued_with_parts_encoding_and_cost()
    {
        var message = await sandbox.PostOkAsync("messages", new { from = From, to = "+13125550198", text = "Hello there!" });

        Assert.Equal("queued", (string?)message["to"]![0]!["status"]);
        Assert.True(Guid.TryParse((string?)message["id"], out _));
        Assert.Equal("GSM-7", (string?)message["encoding"]);
        Assert.Equal(1, (int)message["parts"]!);
        // Rate 0.0040 + carrier fee 0.0030 per part, as money strings.
        Assert.Equal("0.0070", (string?)message["cost"]!["amount"]);
        Assert.Equal("0.0030", (string?)message["cost_breakdown"]!["carrier_fee"]!["amount"]);
    }

    [Fact]
    public async Task A_text_outside_gsm_goes_as_ucs2_in_more_parts_and_costs_more()
    {
        var text = string.Concat(Enumerable.Repeat("Zażółć gęślą jaźń ", 5)); // 90 characters
        var message = await sandbox.PostOkAsync("messages", new { from = From, to = "+13125550197", text });

        Assert.Equal("UCS-2", (string?)message["encoding"]);
        Assert.Equal(2, (int)message["parts"]!);
        Assert.Equal("0.0140", (string?)message["cost"]!["amount"]);
    }

    [Fact]
    public async Task Webhooks_sent_then_finalized_arrive_signed_with_the_published_key()
    {
        var message = await sandbox.PostOkAsync("messages", new { from = From, to = "+13125550196", text = "Signed?" });
        var id = (string)message["id"]!;

        var sent = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.sent" && (string?)r.Payload["id"] == id)).Single();
        var finalized = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == id)).Single();

        using var anonymous = new HttpClient();
        var publicKey = await anonymous.GetStringAsync(sandbox.BaseUrl + "/sandbox/public-key");
        foreach (var webhook in new[] { sent, finalized })
        {
            Assert.Equal("telnyx-webhooks", webhook.UserAgent);
            Assert.Equal(88, webhook.Signature!.Length);
            Assert.True(Ed25519Verification.Verify(publicKey, webhook.Timestamp!, webhook.Body, webhook.Signature));
            Assert.False(Ed25519Verification.Verify(publicKey, webhook.Timestamp!, webhook.Body + " ", webhook.Signature));
            Assert.InRange(long.Parse(webhook.Timestamp!), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);
            Assert.Equal("event", (string?)webhook.Json["data"]!["record_type"]);
            Assert.Equal(1, webhook.Attempt);
            Assert.Contains("\"phone_number\":\"+13125550196\"", webhook.Body);
        }
        Assert.Equal("sent", (string?)sent.Payload["to"]![0]!["status"]);
        Assert.Equal("delivered", (string?)finalized.Payload["to"]![0]!["status"]);
        Assert.Empty(finalized.Payload["errors"]!.AsArray());

        var fetched = (await sandbox.GetOkAsync($"messages/{id}"))["data"]!;
        Assert.Equal("delivered", (string?)fetched["to"]![0]!["status"]);
    }

    [Fact]
    public async Task A_message_to_the_given_webhook_url_goes_there()
    {
        await using var own = await WebhookReceiver.StartAsync();
        var message = await sandbox.PostOkAsync("messages", new { from = From, to = "+13125550195", text = "Mine", webhook_url = own.Url });

        var finalized = await own.WaitForAsync(r => r.EventType == "message.finalized");
        Assert.Equal((string?)message["id"], (string?)finalized.Single().Payload["id"]);
        Assert.Equal(own.Url, (string?)finalized.Single().Json["meta"]!["delivered_to"]);
    }

    [Fact]
    public async Task A_destination_ending_in_0000_is_finalized_as_delivery_failed_40008()
    {
        var message = await sandbox.PostOkAsync("messages", new { from = From, to = "+13125550000", text = "Nobody home" });

        var finalized = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)message["id"])).Single();
        Assert.Equal("delivery_failed", (string?)finalized.Payload["to"]![0]!["status"]);
        Assert.Equal("40008", (string?)finalized.Payload["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task A_landline_destination_fails_with_40001()
    {
        var message = await sandbox.PostOkAsync("messages", new { from = From, to = "+13125559042", text = "Landline" });

        var finalized = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)message["id"])).Single();
        Assert.Equal("40001", (string?)finalized.Payload["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task The_encoding_option_forces_ucs2_or_refuses_non_gsm_text_as_gsm7()
    {
        var forced = await sandbox.PostOkAsync("messages", new { from = From, to = "+13125550192", text = "Plain text", encoding = "ucs2" });
        Assert.Equal("UCS-2", (string?)forced["encoding"]);

        var refused = await sandbox.Api.PostAsJsonAsync("messages", new { from = From, to = "+13125550192", text = "Ciao 😀", encoding = "gsm7" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("/encoding", (string?)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!["source"]!["pointer"]);
    }

    [Fact]
    public async Task An_mms_answers_type_MMS_with_its_media_and_costs_one_message_at_the_mms_price()
    {
        const string picture = "https://cdn.example.com/promo/Sale%20day.jpg";
        const string unknownKind = "https://cdn.example.com/files/menu";
        var text = string.Concat(Enumerable.Repeat("A long caption goes with the picture. ", 50)); // 11 parts as an SMS
        var message = await sandbox.PostOkAsync("messages", new { from = From, to = "+13125550189", text, media_urls = new[] { picture, unknownKind }, type = "MMS" });

        Assert.Equal("MMS", (string?)message["type"]);
        var media = message["media"]!.AsArray();
        Assert.Equal([picture, unknownKind], media.Select(m => (string?)m!["url"]));
        Assert.Equal(["image/jpeg", null], media.Select(m => (string?)m!["content_type"]));
        Assert.All(media, m => Assert.Equal((null, null), ((string?)m!["sha256"], (long?)m["size"])));
        // One message, not 11 parts: MmsRate 0.0150 + MmsCarrierFee 0.0050, the app's default MMS price.
        Assert.Equal(1, (int)message["parts"]!);
        Assert.Equal("0.0200", (string?)message["cost"]!["amount"]);
        Assert.Equal(("0.0150", "0.0050"), ((string?)message["cost_breakdown"]!["rate"]!["amount"], (string?)message["cost_breakdown"]!["carrier_fee"]!["amount"]));

        var id = (string)message["id"]!;
        var finalized = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == id)).Single();
        Assert.Equal("MMS", (string?)finalized.Payload["type"]);
        Assert.Equal(picture, (string?)finalized.Payload["media"]![0]!["url"]);
        var fetched = (await sandbox.GetOkAsync($"messages/{id}"))["data"]!;
        Assert.Equal(unknownKind, (string?)fetched["media"]![1]!["url"]);
    }

    [Theory]
    [InlineData("eleven", "/media_urls", "at most 10 media URLs; this one has 11")]
    [InlineData("ftp://files.example.com/sale.jpg", "/media_urls/1", "'ftp://files.example.com/sale.jpg', is not an absolute http or https URL")]
    [InlineData("sale.jpg", "/media_urls/1", "'sale.jpg', is not an absolute http or https URL")]
    public async Task Too_many_media_urls_or_one_not_http_are_refused_with_40317_in_words_and_nothing_is_stored(string second, string pointer, string words)
    {
        var to = second == "eleven" ? "+13125550186" : second.StartsWith("ftp") ? "+13125550185" : "+13125550184";
        string[] urls = second == "eleven"
            ? Enumerable.Range(1, 11).Select(i => $"https://cdn.example.com/{i}.png").ToArray()
            : ["https://cdn.example.com/1.png", second];

        var response = await sandbox.Api.PostAsJsonAsync("messages", new { from = From, to, text = "Look!", media_urls = urls });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal(("40317", "Invalid MMS content", pointer), ((string?)error["code"], (string?)error["title"], (string?)error["source"]!["pointer"]));
        Assert.Contains(words, (string?)error["detail"]);
        await using var db = await sandbox.Get<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Messages.AnyAsync(m => m.To == to));
    }

    [Fact]
    public async Task An_unknown_message_id_is_404_with_a_telnyx_error()
    {
        var response = await sandbox.Api.GetAsync($"messages/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("10005", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["code"]);
    }
}
