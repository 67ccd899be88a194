using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter.Conversations;

/// <summary>
/// The inbox over 260 threads (real SQLite): "Show older threads" reaches every one, once, in order, also when a thread
/// moves to the top meanwhile; the search finds a number however it is written, or a contact's name, among all of them.
/// </summary>
public sealed class InboxPagingTests : IAsyncLifetime
{
    private const int Threads = 260;
    private static readonly DateTimeOffset Newest = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);
    private readonly CrmAppFactory app = new();

    /// <summary>Thread i (0 = newest) is with +1 312 555 1000+i; two threads share each minute, so the id decides between them.</summary>
    private static string PhoneOf(int i) => $"+1312555{1000 + i}";

    public async Task InitializeAsync()
    {
        await app.WithDbAsync(async db =>
        {
            var dana = new Contact { FirstName = "Dana", LastName = "Reyes", Phone = PhoneOf(237), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            dana.RefreshSearchKeys();
            db.Contacts.Add(dana);
            await db.SaveChangesAsync();
            // Oldest first, so ids grow with time as they do in use.
            for (var i = Threads - 1; i >= 0; i--)
                db.Conversations.Add(new Conversation
                {
                    Phone = PhoneOf(i), CompanyNumber = "+13125550142", ContactId = i == 237 ? dana.Id : null,
                    LastMessageAt = Newest.AddMinutes(-(i / 2)), LastMessagePreview = $"Text {i}", LastDirection = MessageDirection.Inbound,
                    UnreadCount = i % 3 == 0 ? 1 : 0, DoneAt = i % 10 == 9 ? Newest : null,
                });
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private InboxListing NewListing() => new(app.Services.GetRequiredService<IDbContextFactory<CrmDbContext>>());

    private static async Task ShowAllAsync(InboxListing listing)
    {
        for (var pages = 0; listing.HasOlder; pages++)
        {
            Assert.True(pages < 20, "Show older threads never ends");
            await listing.ShowOlderAsync();
        }
    }

    private Task MoveToTopAsync(int i, string text) => app.WithDbAsync(db => db.Conversations.Where(c => c.Phone == PhoneOf(i))
        .ExecuteUpdateAsync(u => u.SetProperty(c => c.LastMessageAt, Newest.AddMinutes(5)).SetProperty(c => c.LastMessagePreview, text)));

    [Fact]
    public async Task Show_older_threads_reaches_every_thread_once_newest_first()
    {
        var listing = NewListing();
        await listing.ShowAsync(new InboxFilter(ConversationState.All));

        Assert.Equal(ConversationInbox.PageSize, listing.Threads!.Count);
        Assert.True(listing.HasOlder);
        await ShowAllAsync(listing);

        Assert.False(listing.HasOlder);
        Assert.Equal(Enumerable.Range(0, Threads).Select(PhoneOf), listing.Threads!.Select(t => t.Phone));
    }

    [Fact]
    public async Task Open_and_done_filters_page_over_all_of_their_threads()
    {
        var open = NewListing();
        await open.ShowAsync(new InboxFilter(ConversationState.Open));
        await ShowAllAsync(open);
        var done = NewListing();
        await done.ShowAsync(new InboxFilter(ConversationState.Done));
        await ShowAllAsync(done);

        Assert.Equal(Threads - Threads / 10, open.Threads!.Count);
        Assert.Equal(Threads / 10, done.Threads!.Count);
        Assert.Empty(open.Threads.Select(t => t.Phone).Intersect(done.Threads.Select(t => t.Phone)));
        Assert.All(done.Threads, t => Assert.True(t.Done));
    }

    [Fact]
    public async Task A_thread_that_moves_to_the_top_while_paging_is_shown_once_at_the_top_and_nothing_is_lost()
    {
        var listing = NewListing();
        await listing.ShowAsync(new InboxFilter(ConversationState.All));
        await listing.ShowOlderAsync();
        Assert.Equal(100, listing.Threads!.Count);

        // One not shown yet (far below) and one shown texts in; the push re-reads the list.
        await MoveToTopAsync(180, "New text from below");
        await MoveToTopAsync(60, "New text from the second page");
        await listing.RefreshAsync();

        Assert.Equal([PhoneOf(60), PhoneOf(180)], listing.Threads!.Take(2).Select(t => t.Phone).Order());
        Assert.Equal(101, listing.Threads!.Count);
        await ShowAllAsync(listing);
        var phones = listing.Threads!.Select(t => t.Phone).ToList();
        Assert.Equal(Threads, phones.Count);
        Assert.Equal(Threads, phones.Distinct().Count());
    }

    [Fact]
    public async Task A_thread_moving_up_before_the_push_arrives_is_not_shown_twice_by_show_older()
    {
        var listing = NewListing();
        await listing.ShowAsync(new InboxFilter(ConversationState.All));

        await MoveToTopAsync(70, "Moved before the push");
        await listing.ShowOlderAsync();

        Assert.Equal(PhoneOf(70), listing.Threads![0].Phone);
        Assert.Single(listing.Threads, t => t.Phone == PhoneOf(70));
        await ShowAllAsync(listing);
        Assert.Equal(Threads, listing.Threads!.Select(t => t.Phone).Distinct().Count());
        Assert.Equal(Threads, listing.Threads!.Count);
    }

    [Fact]
    public async Task A_new_text_puts_its_thread_at_the_top_of_a_paged_list()
    {
        var listing = NewListing();
        await listing.ShowAsync(new InboxFilter(ConversationState.Open));
        await listing.ShowOlderAsync();
        await listing.ShowOlderAsync();

        await MoveToTopAsync(250, "Are you open today?");
        await listing.RefreshAsync();

        Assert.Equal(PhoneOf(250), listing.Threads![0].Phone);
        Assert.Equal("Are you open today?", listing.Threads[0].Preview);
    }

    [Theory]
    [InlineData("(312) 555-1248")]
    [InlineData("312-555-1248")]
    [InlineData("312.555.1248")]
    [InlineData("+1 312 555 1248")]
    [InlineData("13125551248")]
    [InlineData("  3125551248 ")]
    public async Task The_search_finds_a_number_far_down_the_list_however_it_is_written(string typed)
    {
        var found = await SearchAsync(typed);

        Assert.Equal([PhoneOf(248)], found);
    }

    [Fact]
    public async Task Part_of_a_number_finds_every_thread_with_it()
    {
        Assert.Equal([PhoneOf(48), PhoneOf(148), PhoneOf(248)], (await SearchAsync("48")).Order());
        Assert.Equal([PhoneOf(259)], await SearchAsync("555-1259"));
    }

    [Theory]
    [InlineData("dana")]
    [InlineData("Reyes")]
    [InlineData("DANA REYES")]
    public async Task The_search_finds_a_contact_by_name(string typed)
    {
        Assert.Equal([PhoneOf(237)], await SearchAsync(typed));
    }

    [Fact]
    public async Task A_search_matching_nothing_lists_nothing_and_a_blank_one_lists_all()
    {
        Assert.Empty(await SearchAsync("Nobody by this name"));
        Assert.Empty(await SearchAsync("(999) 000-0000"));
        var listing = NewListing();
        await listing.ShowAsync(new InboxFilter(ConversationState.All, Search: "   "));
        Assert.Equal(ConversationInbox.PageSize, listing.Threads!.Count);
    }

    [Fact]
    public async Task The_search_keeps_the_open_done_filter()
    {
        // Thread 249 is done (every tenth thread is): not among the open ones, found among all.
        Assert.Empty(await SearchAsync("3125551249", ConversationState.Open));
        Assert.Equal([PhoneOf(249)], await SearchAsync("3125551249", ConversationState.Done));
    }

    [Fact]
    public async Task The_badge_counts_threads_with_unread_texts()
    {
        var count = await app.WithDbAsync(db => ConversationInbox.ThreadsWithUnreadAsync(db));

        Assert.Equal(Enumerable.Range(0, Threads).Count(i => i % 3 == 0), count);
    }

    private async Task<List<string>> SearchAsync(string typed, ConversationState state = ConversationState.All)
    {
        var listing = NewListing();
        await listing.ShowAsync(new InboxFilter(state, Search: typed));
        await ShowAllAsync(listing);
        return listing.Threads!.Select(t => t.Phone).ToList();
    }
}
