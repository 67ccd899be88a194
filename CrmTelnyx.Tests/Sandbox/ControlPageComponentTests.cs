using Bunit;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.Calls;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.Messages;
using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>The control page's cards rendered alone over the real app: what a person sees and what their clicks change.</summary>
public sealed class ControlPageComponentTests(SandboxApp sandbox) : IClassFixture<SandboxApp>, IAsyncLifetime
{
    private const string Ours = "+13125550142";
    private MudComponentContext context = null!;
    private IRenderedComponent<MudSnackbarProvider> snackbars = null!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(sandbox.Factory);
        context.Render<MudPopoverProvider>();
        snackbars = context.Render<MudSnackbarProvider>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => context.DisposeAsync().AsTask();

    private IRenderedComponent<TextInCard> RenderTextIn() =>
        context.Render<TextInCard>(p => p.Add(c => c.Numbers, [Ours]).Add(c => c.OptOuts, []));

    [Fact]
    public void Sending_a_text_without_a_number_or_text_says_what_to_fix_under_each_field_and_sends_nothing()
    {
        var card = RenderTextIn();

        card.FindAll("button").Single(b => b.TextContent.Trim() == "Send text").Click();

        card.WaitForAssertion(() => Assert.Contains("Enter the contact's number.", card.Markup));
        Assert.Contains("Write the text (or give a picture), or use a keyword button.", card.Markup);
        Assert.Empty(snackbars.FindAll("[data-sandbox-notice]"));
    }

    [Fact]
    public void A_contact_number_not_in_e164_is_refused_under_the_field()
    {
        var card = RenderTextIn();

        card.Find("#text-from").Change("3125550199");
        card.FindAll("button").Single(b => b.TextContent.Trim() == "STOP").Click();

        card.WaitForAssertion(() => Assert.Contains("Use +E.164, e.g. +13125550199.", card.Markup));
        Assert.DoesNotContain("Write the text", card.Markup);
        Assert.Empty(snackbars.FindAll("[data-sandbox-notice]"));
    }

    [Fact]
    public async Task A_contact_texting_STOP_from_the_card_is_blocked_and_the_snackbar_says_so()
    {
        const string contact = "+13125550187";
        var card = RenderTextIn();

        card.Find("#text-from").Change(contact);
        card.FindAll("button").Single(b => b.TextContent.Trim() == "STOP").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("is now blocked (40300)", snackbars.Find("[data-sandbox-notice='ok']").TextContent), TimeSpan.FromSeconds(10));
        await using var db = await sandbox.Get<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        Assert.True(await db.OptOuts.AnyAsync(o => o.PhoneNumber == contact));
    }

    [Fact]
    public async Task A_contact_can_text_in_a_picture_without_words_and_it_arrives_as_an_mms()
    {
        const string contact = "+13125550186";
        const string picture = "https://media.example.com/in/broken-tap.jpg";
        var card = RenderTextIn();

        card.Find("#text-from").Change(contact);
        card.Find("#text-media").Change(picture);
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Send text").Click();

        snackbars.WaitForAssertion(() => Assert.Contains($"{contact} sent 1 media file to {Ours}.", snackbars.Find("[data-sandbox-notice='ok']").TextContent), TimeSpan.FromSeconds(10));
        await using var db = await sandbox.Get<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        var received = await db.Messages.SingleAsync(m => m.From == contact);
        Assert.Equal([picture], received.MediaUrls);
        card.WaitForAssertion(() => Assert.Equal("", card.Find("#text-media").GetAttribute("value") ?? ""));
    }

    [Fact]
    public async Task A_picture_address_that_is_not_a_web_address_is_refused_under_the_field_and_nothing_is_sent()
    {
        const string contact = "+13125550185";
        var card = RenderTextIn();

        card.Find("#text-from").Change(contact);
        card.Find("#text-body").Change("See attached");
        card.Find("#text-media").Change("broken-tap.jpg");
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Send text").Click();

        card.WaitForAssertion(() => Assert.Contains("An http:// or https:// address", card.Markup), TimeSpan.FromSeconds(10));
        Assert.Empty(snackbars.FindAll("[data-sandbox-notice]"));
        await using var db = await sandbox.Get<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Messages.AnyAsync(m => m.From == contact));
    }

    [Fact]
    public void The_text_in_card_lists_the_blocked_contacts()
    {
        var card = context.Render<TextInCard>(p => p.Add(c => c.Numbers, [Ours]).Add(c => c.OptOuts, ["+13125550188"]));

        Assert.Contains("+13125550188", card.Find("[data-sandbox-optouts]").TextContent);
    }

    [Fact]
    public void The_delays_card_shows_what_was_saved()
    {
        var timings = sandbox.Get<ChangeTimings>();
        var before = timings.Current();
        try
        {
            Assert.True(timings.Change(new ChangeTimings.Timings
            {
                MessageSentDelayMs = 250, MessageFinalizedDelayMs = 700, CallAnswerDelayMs = 350, CallDurationMs = 1900, RandomFailurePercent = 0,
            }).Accepted);

            var card = context.Render<TimingsCard>();

            Assert.Equal("250", card.Find("#d-sent").GetAttribute("value"));
            Assert.Equal("700", card.Find("#d-final").GetAttribute("value"));
            Assert.Equal("350", card.Find("#d-answer").GetAttribute("value"));
            Assert.Equal("1900", card.Find("#d-duration").GetAttribute("value"));
        }
        finally { timings.Change(before); }
    }

    [Fact]
    public void A_delay_out_of_range_is_refused_under_its_field_and_nothing_is_saved()
    {
        var runtime = sandbox.Get<SandboxRuntimeSettings>();
        var before = runtime.MessageSentDelayMs;
        var card = context.Render<TimingsCard>();

        card.Find("#d-sent").Input("600001");
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Save").Click();

        card.WaitForAssertion(() => Assert.Contains("Between 0 and 600,000 ms.", card.Markup));
        Assert.Equal(before, runtime.MessageSentDelayMs);
        Assert.Empty(snackbars.FindAll("[data-sandbox-notice]"));
    }

    [Fact]
    public void Failing_a_number_from_the_card_lists_it_until_its_chip_is_closed()
    {
        const string contact = "+13125550189";
        var card = context.Render<FailNumberCard>();

        card.Find("#fail-number").Change(contact);
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Fail messages to it").Click();

        card.WaitForAssertion(() => Assert.Contains("40008", card.Find($"[data-failing='{contact}']").TextContent));
        Assert.Equal("40008", sandbox.Get<SandboxRuntimeSettings>().FailingDestinations[contact]);

        card.Find($"[data-failing='{contact}'] button").Click();
        card.WaitForAssertion(() => Assert.Empty(card.FindAll($"[data-failing='{contact}']")));
        Assert.DoesNotContain(contact, sandbox.Get<SandboxRuntimeSettings>().FailingDestinations.Keys);
    }

    [Fact]
    public async Task Recent_messages_lists_a_text_that_came_in_with_its_status()
    {
        const string contact = "+13125550193";
        await sandbox.RunAsync<ReceiveInboundText, ReceiveInboundText.Result>(r => r.ReceiveAsync(contact, Ours, "Table for two at eight?"));

        var list = context.Render<RecentMessages>();

        list.WaitForAssertion(() => Assert.Contains("Table for two at eight?", list.Find("[data-sandbox-messages]").TextContent));
        Assert.Contains(list.FindAll("[data-message-status]"), chip => chip.GetAttribute("data-message-status") == "webhook_delivered");
    }

    [Fact]
    public async Task Recent_messages_shows_an_mms_picture_as_a_link_to_it_by_its_file_name()
    {
        const string picture = "https://cdn.example.com/promo/sale-day.jpg";
        await sandbox.PostOkAsync("messages", new { from = Ours, to = "+13125550183", text = "Sale today", media_urls = new[] { picture } });

        var list = context.Render<RecentMessages>();

        list.WaitForAssertion(() => list.Find($"[data-message-media='{picture}']"));
        var link = list.Find($"[data-message-media='{picture}']");
        Assert.Equal((picture, "_blank", "noopener noreferrer"), (link.GetAttribute("href"), link.GetAttribute("target"), link.GetAttribute("rel")));
        Assert.Equal("sale-day.jpg", link.TextContent.Trim());
        Assert.Empty(list.FindAll("[data-sandbox-messages] img"));
    }

    [Fact]
    public async Task A_ringing_call_can_be_hung_up_for_the_contact_from_the_calls_list()
    {
        const string caller = "+13125550194";
        var call = await sandbox.RunAsync<ReceiveInboundCall, ReceiveInboundCall.Result>(r => r.CallAsync(caller, Ours));
        var list = context.Render<RecentCalls>();

        list.WaitForAssertion(() => list.Find($"[data-call='{call.CallControlId}']"));
        var row = list.FindAll("tr").Single(r => r.QuerySelector($"[data-call='{call.CallControlId}']") is not null);
        row.QuerySelectorAll("button").Single(b => b.TextContent.Contains("Contact hangs up")).Click();

        snackbars.WaitForAssertion(() => Assert.Contains("The contact hung up.", snackbars.Markup), TimeSpan.FromSeconds(10));
        await using var db = await sandbox.Get<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        Assert.Equal("hangup", (await db.Calls.SingleAsync(c => c.CallControlId == call.CallControlId)).State);
    }
}
