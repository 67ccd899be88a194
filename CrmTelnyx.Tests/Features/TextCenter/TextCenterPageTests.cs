using CrmTelnyx.Features.Compliance;
using System.Net;
using Bunit;
using Bunit.TestDoubles;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>The interactive Text Center page (bUnit) over the real app, whose built-in sandbox answers on real Kestrel.</summary>
public sealed class TextCenterPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        app.ServiceChanges.Add(services => services.AddHttpClient<TelnyxClient>().AddHttpMessageHandler(() => new RefuseMarkedTexts()));
        app.StartKestrel();
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    /// <summary>Telnyx refuses (422) a text that says "refuse me", as it refuses texts to a blocked destination.</summary>
    private sealed class RefuseMarkedTexts : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/messages")
                && (await request.Content!.ReadAsStringAsync(cancellationToken)).Contains("refuse me"))
                return new HttpResponseMessage(HttpStatusCode.UnprocessableEntity)
                {
                    Content = new StringContent("""{"errors":[{"code":"40310","title":"Invalid destination","detail":"The destination number is not reachable by SMS"}]}"""),
                };
            return await base.SendAsync(request, cancellationToken);
        }
    }

    private IRenderedComponent<TextCenterPage> RenderPage()
    {
        context.SignInAs(app, AppRoles.Staff);
        context.Render<MudBlazor.MudPopoverProvider>();
        var page = context.Render<TextCenterPage>();
        page.WaitForAssertion(() => Assert.StartsWith("+1", page.Find("[data-from]").GetAttribute("data-from")), Wait);
        return page;
    }

    private static void Send(IRenderedComponent<TextCenterPage> page, string to, string text)
    {
        // As a person can: the button is disabled until the previous send has finished (its outcome may show first).
        page.WaitForAssertion(() => Assert.False(page.Find("button[data-send]").HasAttribute("disabled")), Wait);
        page.Find("#to").Change(to);
        page.Find("#message").Input(text);
        page.Find("button[data-send]").Click();
    }

    private Task<List<Message>> MessagesToAsync(string to) =>
        app.WithDbAsync(db => db.Set<Message>().AsNoTracking().Where(m => m.To == to).OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task Each_field_says_what_is_missing_or_wrong_and_nothing_is_sent()
    {
        var page = RenderPage();

        page.Find("button[data-send]").Click();
        page.WaitForAssertion(() =>
        {
            Assert.Contains("Enter the number to text.", page.Markup);
            Assert.Contains("Write the message.", page.Markup);
        }, Wait);

        Send(page, "(212) 555-CALL", "Hello");
        page.WaitForAssertion(() => Assert.Contains("Contains letters: 'CALL'.", page.Markup), Wait);
        Assert.DoesNotContain("Enter the number to text.", page.Markup);
        Assert.Empty(await app.WithDbAsync(db => db.Set<Message>().ToListAsync()));
    }

    [Fact]
    public void The_message_field_counts_characters_and_parts()
    {
        var page = RenderPage();

        page.Find("#message").Input(new string('a', 161));
        page.WaitForAssertion(() => Assert.Contains("161 characters · 2 parts", page.Markup), Wait);
        page.Find("#message").Input("Thanks! 🎉");
        page.WaitForAssertion(() => Assert.Contains("special characters (🎉) allow 70 per part instead of 160", page.Markup), Wait);
        Assert.Empty(page.FindAll("[data-use-plain-characters]"));
    }

    [Fact]
    public void Curly_quotes_and_dashes_are_named_and_one_click_makes_the_text_plain_again()
    {
        var page = RenderPage();

        page.Find("#message").Input("We’re open “late” — see you");
        page.WaitForAssertion(() => Assert.Contains("27 characters · 1 part · special characters (’ “ ” —) allow 70 per part instead of 160", page.Markup), Wait);
        page.Find("button[data-use-plain-characters]").Click();

        page.WaitForAssertion(() => Assert.Equal("We're open \"late\" - see you", page.Find("#message").GetAttribute("value")), Wait);
        Assert.Contains("27 characters · 1 part", page.Markup);
        Assert.DoesNotContain("special characters", page.Markup);
        Assert.Empty(page.FindAll("[data-use-plain-characters]"));
    }

    [Fact]
    public async Task A_sent_text_is_confirmed_shows_in_the_list_and_the_form_is_ready_for_the_next_one()
    {
        var page = RenderPage();

        Send(page, "(312) 555-0160", "Your order is ready");

        page.WaitForAssertion(() => Assert.Contains("(312) 555-0160", page.Find("[data-text-sent]").TextContent), Wait);
        var sent = Assert.Single(await MessagesToAsync("+13125550160"));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-message-id='{sent.Id}']")), Wait);
        Assert.Equal("", page.Find("#to").GetAttribute("value") ?? "");
        Assert.DoesNotContain("Enter the number to text.", page.Markup);

        // The next text gets a key of its own: it is sent, not taken for the first one.
        Send(page, "(312) 555-0160", "And a second thing");
        try
        {
            await Eventually.ReturnsAsync(() => MessagesToAsync("+13125550160"), messages => messages.Count == 2);
        }
        catch (TimeoutException e)
        {
            // What the page said instead (a field's error, Telnyx's answer) is what tells why.
            throw new TimeoutException($"{e.Message}; the form showed: {page.Find("form").TextContent}", e);
        }
    }

    [Fact]
    public async Task A_number_that_replied_STOP_is_refused_in_words_and_not_texted()
    {
        await app.WithDbAsync(db =>
        {
            db.Add(new PhoneOptOut { Phone = "+13125550161", At = DateTime.UtcNow, Source = "SmsKeyword" });
            return db.SaveChangesAsync();
        });
        var page = RenderPage();

        Send(page, "(312) 555-0161", "We miss you!");

        page.WaitForAssertion(() => Assert.Contains("has opted out of texts", page.Find("[data-text-error]").TextContent), Wait);
        Assert.Empty(await MessagesToAsync("+13125550161"));
    }

    [Fact]
    public async Task A_refusal_from_Telnyx_is_shown_in_words_and_the_corrected_text_can_be_sent()
    {
        var page = RenderPage();

        Send(page, "(312) 555-0162", "Please refuse me");
        page.WaitForAssertion(() => Assert.Contains("not reachable by SMS", page.Find("[data-text-error]").TextContent), Wait);
        Assert.Empty(page.FindAll("[data-text-unconfirmed]"));

        // Surely unsent, so the form's key is renewed: the fixed text goes out instead of finding the refused one.
        Send(page, "(312) 555-0162", "Hello again");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-text-sent]")), Wait);
        var messages = await MessagesToAsync("+13125550162");
        Assert.Equal(MessageStatuses.SendingFailed, messages[0].Status);
        Assert.Equal("Hello again", messages[1].Text);
    }
}
