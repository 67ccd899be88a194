using Bunit;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter.Conversations;

/// <summary>
/// The app bar's Conversations button: its badge counts the threads with unread texts, follows texts coming in and being
/// read without a reload, hides at 0, and is not there for someone the Text Center is not for.
/// </summary>
public sealed class UnreadConversationsButtonTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly TextingApp app = new();
    private MudComponentContext context = default!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        context = new MudComponentContext(app.Factory);
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await app.DisposeAsync();
    }

    private static void HasCount(IRenderedComponent<UnreadConversationsButton> button, int count)
    {
        Assert.Equal(count.ToString(), button.Find("[data-unread-conversations]").GetAttribute("data-unread-conversations"));
        var badge = button.FindAll(".mud-badge");
        if (count == 0) Assert.Empty(badge);
        else Assert.Equal(count.ToString(), badge.Single().TextContent.Trim());
    }

    [Fact]
    public async Task The_badge_counts_threads_with_unread_texts_live_and_hides_at_zero()
    {
        context.SignInAs(app.Factory, AppRoles.Agent);
        var button = context.Render<UnreadConversationsButton>();

        button.WaitForAssertion(() => HasCount(button, 0), Wait);
        Assert.Equal("/text-center/conversations", button.Find("a").GetAttribute("href"));
        Assert.Equal("Conversations", button.Find("a").GetAttribute("aria-label"));

        await app.TextInAsync("+13125550601", "Hello?");
        button.WaitForAssertion(() => HasCount(button, 1), Wait);
        await app.TextInAsync("+13125550601", "Anyone there?");
        await app.TextInAsync("+13125550602", "Question about my bill");
        button.WaitForAssertion(() => HasCount(button, 2), Wait);
        Assert.Equal("Conversations: 2 with unread texts", button.Find("a").GetAttribute("aria-label"));

        foreach (var phone in new[] { "+13125550601", "+13125550602" })
        {
            var thread = (await app.ThreadAsync(phone))!;
            await app.RunAsync<MarkConversationRead, bool>(async m => { await m.MarkAsync(thread.Id); return true; });
        }
        button.WaitForAssertion(() => HasCount(button, 0), Wait);
    }

    [Fact]
    public void Someone_without_the_Text_Center_does_not_get_the_button()
    {
        // Every role uses the Text Center today; a signed-in account with no role is the one that does not.
        context.Bunit.AddAuthorization().SetAuthorized("norole@crm.test");
        context.Services.AddSingleton(app.Factory.Services.GetRequiredService<IAuthorizationService>());

        var button = context.Render<UnreadConversationsButton>();

        Assert.Empty(button.FindAll("[data-unread-conversations]"));
        Assert.Empty(button.FindAll("a"));
    }
}
