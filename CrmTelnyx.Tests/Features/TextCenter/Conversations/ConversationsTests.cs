using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.TextCenter.Conversations;

/// <summary>The inbox's threads as people text in and staff answer, through the sandbox.</summary>
public sealed class ConversationsTests(TextingApp app) : IClassFixture<TextingApp>
{
    private static readonly System.Security.Claims.ClaimsPrincipal Agent = TextSenders.WithRole(AppRoles.Agent);

    [Fact]
    public async Task A_text_in_opens_a_thread_with_its_unread_count_and_the_number_it_was_sent_to()
    {
        const string person = "+13125550401";

        await app.TextInAsync(person, "Hi, is my order ready?", to: TextingApp.OtherOfOurs);
        await app.TextInAsync(person, "Order 1042");

        var thread = (await app.ThreadAsync(person))!;
        Assert.Equal(2, thread.UnreadCount);
        Assert.Equal(TextingApp.Ours, thread.CompanyNumber);
        Assert.Equal("Order 1042", thread.LastMessagePreview);
        Assert.Equal(MessageDirection.Inbound, thread.LastDirection);
        Assert.Null(thread.DoneAt);

        await app.RunAsync<MarkConversationRead, bool>(async m => { await m.MarkAsync(thread.Id); return true; });
        Assert.Equal(0, (await app.ThreadAsync(person))!.UnreadCount);
    }

    [Fact]
    public async Task An_agent_replies_from_the_number_the_person_texted_and_the_thread_shows_both_ways()
    {
        const string person = "+13125550402";
        await app.TextInAsync(person, "Can I move my appointment?", to: TextingApp.OtherOfOurs);
        var thread = (await app.ThreadAsync(person))!;

        var result = await app.RunAsync<ReplyInConversation, ReplyInConversation.Result>(r => r.ReplyAsync(Agent, thread.Id, "Sure, which day suits you?", "reply-402"));

        Assert.Null(result.Error);
        var reply = result.Message!;
        Assert.Equal(TextingApp.OtherOfOurs, reply.From);
        Assert.Equal(person, reply.To);
        Assert.NotNull(reply.TelnyxMessageId);
        var again = await app.RunAsync<ReplyInConversation, ReplyInConversation.Result>(r => r.ReplyAsync(Agent, thread.Id, "Sure, which day suits you?", "reply-402"));
        Assert.Equal(reply.Id, again.Message!.Id);
        Assert.Single(await app.OutboundToAsync(person));

        var shown = await app.Factory.WithDbAsync(db => ConversationInbox.ThreadAsync(db, thread.Id, contactsVisible: false));
        Assert.Equal(["Can I move my appointment?", "Sure, which day suits you?"], shown!.Messages.Select(m => m.Text));
        Assert.Equal("Sure, which day suits you?", (await app.ThreadAsync(person))!.LastMessagePreview);
    }

    [Fact]
    public async Task A_person_who_opted_out_cannot_be_replied_to_and_the_thread_says_why()
    {
        const string person = "+13125550403";
        await app.TextInAsync(person, "Who is this?");
        await app.TextInAsync(person, "STOP");
        var thread = (await app.ThreadAsync(person))!;
        var sentBefore = (await app.OutboundToAsync(person)).Count;

        var result = await app.RunAsync<ReplyInConversation, ReplyInConversation.Result>(r => r.ReplyAsync(Agent, thread.Id, "Sorry to bother you"));

        Assert.Null(result.Message);
        Assert.Contains("opted out", result.Error);
        Assert.Equal(sentBefore, (await app.OutboundToAsync(person)).Count);
        var shown = await app.Factory.WithDbAsync(db => ConversationInbox.ThreadAsync(db, thread.Id, contactsVisible: true));
        Assert.True(shown!.OptedOut);
        Assert.Equal(ConsentStatus.OptedOut, shown.Consent);
    }

    [Fact]
    public async Task A_done_thread_leaves_the_open_list_and_a_new_text_reopens_it()
    {
        const string person = "+13125550404";
        await app.TextInAsync(person, "Thanks!");
        var thread = (await app.ThreadAsync(person))!;

        Assert.Null(await app.RunAsync<MarkConversationDone, string?>(m => m.MarkAsync(Agent, thread.Id, done: true)));
        Assert.DoesNotContain(await OpenAsync(ConversationOwner.Anyone, null), t => t.Id == thread.Id);
        Assert.Contains((await app.Factory.WithDbAsync(db => ConversationInbox.ListAsync(db, new InboxFilter(ConversationState.Done)))).Threads, t => t.Id == thread.Id);

        await app.TextInAsync(person, "One more question");

        var reopened = (await app.ThreadAsync(person))!;
        Assert.Null(reopened.DoneAt);
        Assert.Equal(1, reopened.UnreadCount);
        Assert.Equal(thread.Id, (await OpenAsync(ConversationOwner.Anyone, null)).First(t => t.Phone == person).Id);
    }

    [Fact]
    public async Task A_thread_assigned_to_a_user_shows_under_mine_for_them_and_leaves_unassigned()
    {
        const string person = "+13125550405";
        var agent = await app.Factory.CreateUserAsync("agent405@crm.test", "Agent-Passw0rd1", AppRoles.Agent);
        await app.TextInAsync(person, "Hello?");
        var thread = (await app.ThreadAsync(person))!;
        Assert.Contains(await OpenAsync(ConversationOwner.Unassigned, null), t => t.Id == thread.Id);

        Assert.Null(await app.RunAsync<AssignConversation, string?>(a => a.AssignAsync(Agent, thread.Id, agent.Id)));

        var mine = await OpenAsync(ConversationOwner.Mine, agent.Id);
        Assert.Equal("agent405", mine.Single(t => t.Id == thread.Id).AssignedTo);
        Assert.DoesNotContain(await OpenAsync(ConversationOwner.Unassigned, null), t => t.Id == thread.Id);
        Assert.DoesNotContain(await OpenAsync(ConversationOwner.Mine, "someone-else"), t => t.Id == thread.Id);
        Assert.NotNull(await app.RunAsync<AssignConversation, string?>(a => a.AssignAsync(Agent, thread.Id, "no-such-user")));
    }

    [Fact]
    public async Task A_single_text_from_the_Text_Center_joins_the_thread_and_moves_its_reply_number()
    {
        const string person = "+13125550406";
        await app.TextInAsync(person, "Call me back please", to: TextingApp.OtherOfOurs);

        var sent = await app.RunAsync<SendSingleText, SendSingleText.Result>(s => s.SendAsync(TextSenders.Staff, TextingApp.Ours, person, "Calling you in 5 minutes"));

        Assert.Null(sent.Error);
        var thread = (await app.ThreadAsync(person))!;
        Assert.Equal(TextingApp.Ours, thread.CompanyNumber);
        Assert.Equal("Calling you in 5 minutes", thread.LastMessagePreview);
        Assert.Equal(MessageDirection.Outbound, thread.LastDirection);
    }

    [Fact]
    public async Task The_thread_names_the_contact_and_the_list_is_newest_first()
    {
        const string older = "+13125550407";
        const string newer = "+13125550408";
        await app.Factory.WithDbAsync(db =>
        {
            var contact = new Contact { FirstName = "Dana", LastName = "Reyes", Phone = older, Consent = ConsentStatus.OptedIn, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            contact.RefreshSearchKeys();
            db.Contacts.Add(contact);
            return db.SaveChangesAsync();
        });
        await app.TextInAsync(older, "First");
        await app.TextInAsync(newer, "Second");

        var open = await OpenAsync(ConversationOwner.Anyone, null);
        var ids = open.Select(t => t.Phone).Where(p => p is older or newer).ToList();
        Assert.Equal([newer, older], ids);
        Assert.Equal("Dana Reyes", open.Single(t => t.Phone == older).ContactName);
        var shown = await app.Factory.WithDbAsync(db => ConversationInbox.ThreadAsync(db, open.Single(t => t.Phone == older).Id, contactsVisible: true));
        Assert.Equal(ConsentStatus.OptedIn, shown!.Consent);
        Assert.NotNull(shown.ContactId);
    }

    private async Task<IReadOnlyList<ConversationInbox.ThreadRow>> OpenAsync(ConversationOwner owner, string? userId) =>
        (await app.Factory.WithDbAsync(db => ConversationInbox.ListAsync(db, new InboxFilter(ConversationState.Open, owner, userId)))).Threads;
}
