using System.Net;
using Bunit;
using Bunit.TestDoubles;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>
/// Telnyx takes the text but its answer is lost on the way back (here: a gateway error in place of the answer). The
/// person is told it may have gone out, pressing Send again does not text the customer twice, and Telnyx's own
/// webhooks later confirm the message.
/// </summary>
public sealed class LostAnswerTests : IAsyncLifetime
{
    private const string Customer = "+13125550177";
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        app.Settings["Sandbox:MessageSentDelayMs"] = "50";
        app.Settings["Sandbox:MessageFinalizedDelayMs"] = "150";
        app.Settings["Sandbox:WebhookRetryDelayMs"] = "100";
        app.Settings["Webhooks:RetryBaseDelay"] = "00:00:00.100";
        app.ServiceChanges.Add(services => services.AddHttpClient<TelnyxClient>().AddHttpMessageHandler(() => new LoseFirstSendAnswer()));
        // Real Kestrel: the app reaches its built-in sandbox over HTTP at its own address.
        app.StartKestrel();
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    /// <summary>Innermost, next to the network: the send reaches the sandbox, the answer does not come back.</summary>
    private sealed class LoseFirstSendAnswer : DelegatingHandler
    {
        private int sends;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/messages") || Interlocked.Increment(ref sends) > 1)
                return response;
            response.Dispose();
            return new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("upstream connect error") };
        }
    }

    private IRenderedComponent<TextCenterPage> SendUnconfirmed(string text)
    {
        context.SignInAs(app, AppRoles.Staff);
        context.Render<MudBlazor.MudPopoverProvider>();
        var page = context.Render<TextCenterPage>();
        page.WaitForAssertion(() => Assert.StartsWith("+1", page.Find("[data-from]").GetAttribute("data-from")), TimeSpan.FromSeconds(15));

        page.Find("#to").Change(Customer);
        page.Find("#message").Input(text);
        page.Find("button[data-send]").Click();
        return page;
    }

    [Fact]
    public async Task A_text_whose_answer_was_lost_is_not_sent_twice_and_is_confirmed_by_Telnyx_events()
    {
        var page = SendUnconfirmed("Your order is ready");
        page.WaitForAssertion(() =>
        {
            Assert.Contains("not known whether Telnyx sent this message", page.Find("[data-text-error]").TextContent);
            Assert.Contains("Check before sending it again", page.Find("[data-text-error]").TextContent);
            Assert.NotNull(page.Find("[data-text-unconfirmed]"));
        }, TimeSpan.FromSeconds(15));
        // The form keeps the text and its one-time key: Send again finds the message instead of texting twice.
        page.Find("button[data-send]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-text-sent]")), TimeSpan.FromSeconds(15));

        var confirmed = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.Set<Message>().AsNoTracking().Where(m => m.To == Customer).ToListAsync()),
            messages => messages.Count > 1 || messages is [{ Status: "delivered" }]);
        var message = Assert.Single(confirmed);
        Assert.NotNull(message.TelnyxMessageId);
        Assert.Null(message.ErrorDetail);
    }

    [Fact]
    public async Task A_text_changed_after_a_lost_answer_is_another_text_and_is_sent()
    {
        var page = SendUnconfirmed("Your order is ready");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-text-unconfirmed]")), TimeSpan.FromSeconds(15));

        page.Find("#message").Input("Your order is ready at door 3");
        page.Find("button[data-send]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-text-sent]")), TimeSpan.FromSeconds(15));
        var texts = await app.WithDbAsync(db => db.Set<Message>().Where(m => m.To == Customer).OrderBy(m => m.Id).Select(m => m.Text).ToListAsync());
        Assert.Equal(["Your order is ready", "Your order is ready at door 3"], texts);
    }

    [Fact]
    public async Task The_use_case_given_the_same_key_again_returns_the_unconfirmed_message_without_sending()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var send = scope.ServiceProvider.GetRequiredService<SendSingleText>();

        var first = await send.SendAsync(TextSenders.Staff, "+13125550141", Customer, "Only once", "key-lost-1");
        var again = await send.SendAsync(TextSenders.Staff, "+13125550141", Customer, "Only once", "key-lost-1");

        Assert.Equal(MessageStatuses.Sending, first.Message!.Status);
        Assert.Contains("not known whether Telnyx sent this message", first.Error);
        Assert.Equal(first.Message.Id, again.Message!.Id);
        var sent = await app.WithDbAsync(db => db.Set<Message>().CountAsync(m => m.To == Customer));
        Assert.Equal(1, sent);
    }
}
