using Bunit;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Tests.Infrastructure;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.TextCenter.Conversations;

/// <summary>
/// Pictures and files in a thread, both ways, through the sandbox: kept with their texts and shown as links (never as
/// images, which the Content-Security-Policy would block from another host).
/// </summary>
public sealed class ConversationMediaTests(TextingApp app) : IClassFixture<TextingApp>, IAsyncLifetime
{
    private MudComponentContext context = null!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app.Factory);
        context.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => context.DisposeAsync().AsTask();

    [Fact]
    public async Task A_picture_texted_in_and_one_sent_back_show_in_the_thread_as_links_by_file_name()
    {
        const string person = "+13125550421";
        const string theirs = "https://media.example.com/in/IMG_0042.jpeg";
        const string ours = "https://cdn.example.com/maps/how%20to%20find%20us.pdf";

        var received = await app.TextInAsync(person, "Is this the right door?", media: [theirs]);
        Assert.Equal([theirs], received.MediaUrls ?? []);
        var sent = await app.RunAsync<SendSingleText, SendSingleText.Result>(s =>
            s.SendAsync(TextSenders.Staff, TextingApp.Ours, person, "Yes, here is the map", mediaUrls: [ours]));
        Assert.Null(sent.Error);
        Assert.Equal([ours], sent.Message!.MediaUrls ?? []);
        var thread = (await app.ThreadAsync(person))!;

        var shown = context.Render<ConversationThread>(p => p.Add(t => t.ThreadId, thread.Id).Add(t => t.User, TextSenders.Staff));

        shown.WaitForAssertion(() => Assert.Equal(2, shown.FindAll("[data-message-media]").Count));
        var links = shown.FindAll("[data-message-media]");
        Assert.Equal([theirs, ours], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["IMG_0042.jpeg", "how to find us.pdf"], links.Select(a => a.TextContent.Trim()));
        Assert.All(links, a => Assert.Equal(("_blank", "noopener noreferrer"), (a.GetAttribute("target"), a.GetAttribute("rel"))));
        Assert.Empty(shown.FindAll("[data-thread-messages] img"));
        Assert.Contains("Is this the right door?", shown.Find("[data-thread-messages]").TextContent);
    }

    [Fact]
    public async Task Media_that_is_not_a_web_address_is_shown_but_never_made_a_link()
    {
        const string person = "+13125550424";
        const string script = "javascript:alert(document.cookie)";
        await app.TextInAsync(person, "Click me", media: [script]);
        var thread = (await app.ThreadAsync(person))!;

        var shown = context.Render<ConversationThread>(p => p.Add(t => t.ThreadId, thread.Id).Add(t => t.User, TextSenders.Staff));

        shown.WaitForAssertion(() => shown.Find($"[data-message-media='{script}']"));
        Assert.Equal("SPAN", shown.Find($"[data-message-media='{script}']").TagName);
        Assert.Empty(shown.FindAll("[data-thread-messages] a[href^='javascript']"));
    }

    [Fact]
    public async Task A_picture_without_words_names_its_file_in_the_inbox()
    {
        const string person = "+13125550422";

        await app.TextInAsync(person, "", media: ["https://media.example.com/in/receipt.png"]);

        Assert.Equal("Attachment: receipt.png", (await app.ThreadAsync(person))!.LastMessagePreview);
    }

    [Theory]
    [InlineData("http://cdn.example.com/map.pdf", "The picture or file: an https:// address Telnyx can fetch it from, not “http://cdn.example.com/map.pdf”.")]
    [InlineData("eleven", "An MMS carries at most 10 pictures or files; this one has 11.")]
    public async Task A_single_text_with_media_Telnyx_cannot_take_is_refused_in_words_and_not_recorded(string media, string error)
    {
        const string person = "+13125550423";
        string[] urls = media == "eleven" ? Enumerable.Range(1, 11).Select(i => $"https://cdn.example.com/{i}.png").ToArray() : [media];

        var result = await app.RunAsync<SendSingleText, SendSingleText.Result>(s =>
            s.SendAsync(TextSenders.Staff, TextingApp.Ours, person, "Here you go", mediaUrls: urls));

        Assert.Equal(error, result.Error);
        Assert.Empty(await app.OutboundToAsync(person));
    }
}
