using System.Net;
using System.Net.Http.Json;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.Messages;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>
/// What the control page's cards do, through the actions they call in the real app (the cards themselves are rendered in
/// <see cref="ControlPageComponentTests"/> and driven in a browser in <see cref="SandboxPageBrowserTests"/>).
/// </summary>
public class ControlPageTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    private const string Ours = "+13125550142";

    [Fact]
    public async Task A_contact_who_texts_stop_is_blocked_with_40300_until_they_text_start()
    {
        const string contact = "+13125550181";

        await TextInAsync(contact, "STOP");
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

        await TextInAsync(contact, "START");
        await sandbox.PostOkAsync("messages", new { from = Ours, to = contact, text = "Welcome back" });
    }

    [Fact]
    public async Task Free_text_and_help_arrive_as_message_received_without_blocking()
    {
        const string contact = "+13125550182";

        await TextInAsync(contact, "Is the shop open on Sunday? 🙂");
        await TextInAsync(contact, "HELP");

        var received = await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.received" && (string?)r.Payload["from"]!["phone_number"] == contact, count: 2);
        var free = received.Single(r => (string?)r.Payload["text"] != "HELP");
        Assert.Equal("UCS-2", (string?)free.Payload["encoding"]);
        Assert.Equal("webhook_delivered", (string?)free.Payload["to"]![0]!["status"]);
        await sandbox.PostOkAsync("messages", new { from = Ours, to = contact, text = "Yes, 10 to 4." });
    }

    [Fact]
    public async Task A_text_in_to_a_number_the_account_does_not_own_is_refused()
    {
        var result = await sandbox.RunAsync<ReceiveInboundText, ReceiveInboundText.Result>(r => r.ReceiveAsync("+13125550184", "+13125559999", "Hello?"));

        Assert.False(result.Accepted);
        Assert.Contains("not a number on the sandbox account", result.Message);
    }

    [Fact]
    public async Task A_destination_marked_on_the_page_fails_with_the_chosen_code_until_it_is_delivered_normally_again()
    {
        const string contact = "+13125550183";
        var destinations = sandbox.Get<FailDestination>();
        Assert.True(destinations.Fail(contact, "40004").Accepted);

        var message = await sandbox.PostOkAsync("messages", new { from = Ours, to = contact, text = "Will fail" });
        var finalized = await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)message["id"]);
        Assert.Equal("40004", (string?)finalized.Single().Payload["errors"]![0]!["code"]);

        Assert.True(destinations.DeliverNormally(contact).Accepted);
        var again = await sandbox.PostOkAsync("messages", new { from = Ours, to = contact, text = "Will arrive" });
        var delivered = await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)again["id"]);
        Assert.Equal("delivered", (string?)delivered.Single().Payload["to"]![0]!["status"]);
    }

    [Fact]
    public void Failing_a_number_that_is_not_e164_or_with_an_unknown_code_is_refused()
    {
        var destinations = sandbox.Get<FailDestination>();

        Assert.False(destinations.Fail("3125550185", "40008").Accepted);
        Assert.False(destinations.Fail("+13125550185", "99999").Accepted);
        Assert.DoesNotContain("+13125550185", sandbox.Get<SandboxRuntimeSettings>().FailingDestinations.Keys);
    }

    [Fact]
    public async Task A_random_failure_rate_set_on_the_page_fails_deliverable_messages_with_40008()
    {
        var timings = sandbox.Get<ChangeTimings>();
        var before = timings.Current();
        var always = timings.Current();
        always.RandomFailurePercent = 100;
        Assert.True(timings.Change(always).Accepted);
        try
        {
            var message = await sandbox.PostOkAsync("messages", new { from = Ours, to = "+13125550186", text = "Unlucky" });
            var finalized = await sandbox.Receiver.WaitForAsync(r => r.EventType == "message.finalized" && (string?)r.Payload["id"] == (string?)message["id"]);
            Assert.Equal("40008", (string?)finalized.Single().Payload["errors"]![0]!["code"]);
        }
        finally { timings.Change(before); }
    }

    [Fact]
    public void Delays_out_of_range_are_refused_and_change_nothing()
    {
        var timings = sandbox.Get<ChangeTimings>();
        var before = timings.Current();
        var wrong = timings.Current();
        wrong.MessageSentDelayMs = -1;
        wrong.RandomFailurePercent = 101;

        var result = timings.Change(wrong);

        Assert.False(result.Accepted);
        Assert.Equal(before.MessageSentDelayMs, sandbox.Get<SandboxRuntimeSettings>().MessageSentDelayMs);
        Assert.Equal(before.RandomFailurePercent / 100, sandbox.Get<SandboxRuntimeSettings>().RandomFailureRate);
    }

    [Fact]
    public async Task The_page_shows_the_keys_and_owned_numbers_to_an_admin()
    {
        var admin = await SignedInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
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

    [Fact]
    public async Task A_signed_in_user_who_is_not_an_admin_cannot_use_the_page()
    {
        await sandbox.Factory.CreateUserAsync("manager@crm.test", "Manager-Passw0rd", "Manager");
        var manager = await SignedInAsync("manager@crm.test", "Manager-Passw0rd");

        var response = await manager.GetAsync("/sandbox");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await response.ReadHtmlAsync()).QuerySelector("[data-sandbox-api-key]"));
    }

    /// <summary>What a person does on the "A contact texts in" card: a free text, or one of the keyword buttons.</summary>
    private async Task TextInAsync(string from, string text)
    {
        var result = await sandbox.RunAsync<ReceiveInboundText, ReceiveInboundText.Result>(r => r.ReceiveAsync(from, Ours, text));
        Assert.True(result.Accepted, result.Message);
    }

    private HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(sandbox.BaseUrl) };

    private Task<HttpClient> SignedInAsync(string email, string password) => NewClient().SignedInAsync(email, password);
}
