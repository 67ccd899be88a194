using System.Net;
using System.Net.Http.Json;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Sandbox;

public class ControlPageTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    private const string Ours = "+13125550142";

    [Fact]
    public async Task A_contact_who_texts_stop_is_blocked_with_40300_until_they_text_start()
    {
        const string contact = "+13125550181";
        var admin = await SignedInAdminAsync();

        await TextInAsync(admin, contact, keyword: "STOP");
        var stop = await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.received" && (string?)r.Payload["from"]!["phone_number"] == contact);
        Assert.Equal("STOP", (string?)stop.Single().Payload["text"]);
        Assert.Equal(Ours, (string?)stop.Single().Payload["to"]![0]!["phone_number"]);
        Assert.Equal("inbound", (string?)stop.Single().Payload["direction"]);

        var blocked = await sandbox.Api.PostAsJsonAsync("messages", new { from = Ours, to = contact, text = "Still there?" });
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Contains("\"40300\"", await blocked.Content.ReadAsStringAsync());
        // The block is per messaging profile, so the account's other numbers are blocked too.
        var fromOther = await sandbox.Api.PostAsJsonAsync("messages", new { from = "+13125550141", to = contact, text = "Other number" });
        Assert.Equal(HttpStatusCode.Forbidden, fromOther.StatusCode);

        await TextInAsync(admin, contact, keyword: "START");
        await sandbox.PostOkAsync("messages", new { from = Ours, to = contact, text = "Welcome back" });
    }

    [Fact]
    public async Task Free_text_and_help_arrive_as_message_received_without_blocking()
    {
        const string contact = "+13125550182";
        var admin = await SignedInAdminAsync();

        await TextInAsync(admin, contact, text: "Is the shop open on Sunday? 🙂");
        await TextInAsync(admin, contact, keyword: "HELP");

        var received = await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.received" && (string?)r.Payload["from"]!["phone_number"] == contact, count: 2);
        var free = received.Single(r => (string?)r.Payload["text"] != "HELP");
        Assert.Equal("UCS-2", (string?)free.Payload["encoding"]);
        Assert.Equal("webhook_delivered", (string?)free.Payload["to"]![0]!["status"]);
        await sandbox.PostOkAsync("messages", new { from = Ours, to = contact, text = "Yes, 10 to 4." });
    }

    [Fact]
    public async Task A_destination_marked_on_the_page_fails_with_the_chosen_code()
    {
        const string contact = "+13125550183";
        var admin = await SignedInAdminAsync();
        var marked = await admin.SubmitFormAsync("/sandbox", "fail-number", new Dictionary<string, string> { ["Fail.Number"] = contact, ["Fail.Code"] = "40004" });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);

        var message = await sandbox.PostOkAsync("messages", new { from = Ours, to = contact, text = "Will fail" });
        var finalized = await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)message["id"]);
        Assert.Equal("40004", (string?)finalized.Single().Payload["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Saved_delays_are_what_the_page_shows_afterwards()
    {
        var admin = await SignedInAdminAsync();
        await admin.SubmitFormAsync("/sandbox", "delays", new Dictionary<string, string>
        {
            ["Delays.MessageSentDelayMs"] = "250", ["Delays.MessageFinalizedDelayMs"] = "700",
            ["Delays.CallAnswerDelayMs"] = "350", ["Delays.CallDurationMs"] = "1900",
        });

        var page = await (await admin.GetAsync("/sandbox")).ReadHtmlAsync();
        Assert.Equal("250", page.QuerySelector("#d-sent")!.GetAttribute("value"));
        Assert.Equal("700", page.QuerySelector("#d-final")!.GetAttribute("value"));
        Assert.Equal("1900", page.QuerySelector("#d-duration")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_page_shows_the_keys_and_owned_numbers_to_an_admin()
    {
        var admin = await SignedInAdminAsync();
        var page = await (await admin.GetAsync("/sandbox")).ReadHtmlAsync();

        Assert.Equal(sandbox.ApiKey, page.QuerySelector("[data-sandbox-api-key]")!.TextContent);
        using var anonymous = new HttpClient();
        Assert.Equal(await anonymous.GetStringAsync(sandbox.BaseUrl + "/sandbox/public-key"), page.QuerySelector("[data-sandbox-public-key]")!.TextContent);
        Assert.NotNull(page.QuerySelector($"[data-number='{Ours}']"));
    }

    [Fact]
    public async Task A_person_who_is_not_signed_in_cannot_use_the_page()
    {
        using var client = NewClient();
        var response = await client.GetAsync("/sandbox");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task TextInAsync(HttpClient admin, string from, string? text = null, string? keyword = null)
    {
        var values = new Dictionary<string, string> { ["TextIn.From"] = from, ["TextIn.To"] = Ours, ["TextIn.Text"] = text ?? "" };
        if (keyword is not null) values["TextIn.Keyword"] = keyword;
        var response = await admin.SubmitFormAsync("/sandbox", "text-in", values);
        var notice = (await response.ReadHtmlAsync()).QuerySelector("[data-sandbox-notice]");
        Assert.True(notice?.ClassList.Contains("alert-success") == true, notice?.TextContent ?? "no notice shown");
    }

    private HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(sandbox.BaseUrl) };

    private Task<HttpClient> SignedInAdminAsync() => NewClient().SignedInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
}
