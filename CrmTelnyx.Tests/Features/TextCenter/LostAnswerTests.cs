using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CrmTelnyx.Features.TextCenter;
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
public sealed class LostAnswerTests : IDisposable
{
    private const string Ours = "+13125550141";
    private const string Customer = "+13125550177";
    private readonly CrmAppFactory app = new();

    public LostAnswerTests()
    {
        app.Settings["Sandbox:MessageSentDelayMs"] = "50";
        app.Settings["Sandbox:MessageFinalizedDelayMs"] = "150";
        app.Settings["Sandbox:WebhookRetryDelayMs"] = "100";
        app.Settings["Webhooks:RetryBaseDelay"] = "00:00:00.100";
        app.ServiceChanges.Add(services => services.AddHttpClient<TelnyxClient>().AddHttpMessageHandler(() => new LoseFirstSendAnswer()));
    }

    public void Dispose() => app.Dispose();

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

    [Fact]
    public async Task A_text_whose_answer_was_lost_is_not_sent_twice_and_is_confirmed_by_Telnyx_events()
    {
        using var client = app.StartKestrelWithClient();
        await client.SignedInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        var values = new Dictionary<string, string> { ["Input.From"] = Ours, ["Input.To"] = Customer, ["Input.Text"] = "Your order is ready" };

        var first = await (await client.SubmitFormAsync("/text-center", "send-text", values)).ReadHtmlAsync();
        Assert.Contains("not known whether Telnyx sent this message", first.QuerySelector("[data-text-error]")!.TextContent);
        var again = first.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.QuerySelector("input[name=_handler][value='send-text']") is not null);
        await client.PostFormAsync(again, "/text-center", values);

        var confirmed = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.Set<Message>().AsNoTracking().Where(m => m.To == Customer).ToListAsync()),
            messages => messages.Count > 1 || messages is [{ Status: "delivered" }]);
        var message = Assert.Single(confirmed);
        Assert.NotNull(message.TelnyxMessageId);
        Assert.Null(message.ErrorDetail);
    }
}
