using System.Security.Claims;
using CrmTelnyx.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Live;

public sealed class LiveFeedTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-30T12:00:00Z"));

    private LiveFeed NewFeed() => new(clock, NullLogger<LiveFeed>.Instance);

    private static ClaimsPrincipal User(string id, params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(ClaimTypes.NameIdentifier, id)), "test"));

    /// <summary>Moves the clock past coalescing windows until the subscriber has seen <paramref name="count"/> events.</summary>
    private async Task<List<IReadOnlyList<LiveEvent>>> BatchesUntilAsync(List<IReadOnlyList<LiveEvent>> batches, int count)
    {
        for (var step = 0; step < 200 && batches.Sum(b => b.Count) < count; step++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(5);
        }
        return batches;
    }

    [Fact]
    public async Task A_burst_of_a_thousand_events_reaches_a_page_in_a_few_batches_in_order()
    {
        var feed = NewFeed();
        var batches = new List<IReadOnlyList<LiveEvent>>();
        using var subscription = feed.Subscribe(User("u1", "Staff"), LiveTopics.Messages, events => { lock (batches) batches.Add(events); return Task.CompletedTask; });

        for (var i = 0; i < 1000; i++) await feed.PublishAsync(LiveTopics.Messages, "message-status", i);
        await BatchesUntilAsync(batches, 1000);

        Assert.Equal(Enumerable.Range(0, 1000), batches.SelectMany(b => b).Select(e => (int)e.Data!));
        Assert.InRange(batches.Count, 1, 5);
    }

    [Fact]
    public async Task A_page_only_hears_its_topic_and_stops_hearing_once_disposed()
    {
        var feed = NewFeed();
        var batches = new List<IReadOnlyList<LiveEvent>>();
        var subscription = feed.Subscribe(User("u1", "Admin"), LiveTopics.Contacts, events => { lock (batches) batches.Add(events); return Task.CompletedTask; })!;

        await feed.PublishAsync(LiveTopics.Messages, "message-status", "not for this page");
        await feed.PublishAsync(LiveTopics.Contacts, "import-progress", "first");
        await BatchesUntilAsync(batches, 1);
        subscription.Dispose();
        await feed.PublishAsync(LiveTopics.Contacts, "import-progress", "after dispose");
        clock.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(50);

        Assert.Equal(["first"], batches.SelectMany(b => b).Select(e => (string)e.Data!));
    }

    [Fact]
    public void A_topic_the_role_may_not_see_or_another_users_topic_is_refused()
    {
        var feed = NewFeed();
        var agent = User("agent-1", "Agent");

        Assert.Null(feed.Subscribe(agent, LiveTopics.Contacts, _ => Task.CompletedTask));
        Assert.Null(feed.Subscribe(agent, LiveTopics.User("someone-else"), _ => Task.CompletedTask));
        using var own = feed.Subscribe(agent, LiveTopics.User("agent-1"), _ => Task.CompletedTask);
        Assert.NotNull(own);
    }

    [Fact]
    public async Task A_page_that_throws_on_one_batch_still_receives_the_next()
    {
        var feed = NewFeed();
        var seen = new List<string>();
        using var subscription = feed.Subscribe(User("u1", "Admin"), LiveTopics.Contacts, events =>
        {
            lock (seen) seen.AddRange(events.Select(e => (string)e.Data!));
            return seen.Count == 1 ? throw new InvalidOperationException("page bug") : Task.CompletedTask;
        });

        await feed.PublishAsync(LiveTopics.Contacts, "x", "one");
        for (var i = 0; i < 40 && seen.Count < 1; i++) { clock.Advance(TimeSpan.FromMilliseconds(300)); await Task.Delay(5); }
        await feed.PublishAsync(LiveTopics.Contacts, "x", "two");
        for (var i = 0; i < 40 && seen.Count < 2; i++) { clock.Advance(TimeSpan.FromMilliseconds(300)); await Task.Delay(5); }

        Assert.Equal(["one", "two"], seen);
    }
}
