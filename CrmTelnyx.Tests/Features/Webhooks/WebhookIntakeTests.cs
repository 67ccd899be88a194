using System.Net;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Webhooks;

/// <summary>The inbox under a burst: events arriving at once are stored in shared commits, each exactly once, and each request answered after its commit.</summary>
public sealed class WebhookIntakeTests(SignedWebhookApp app) : IClassFixture<SignedWebhookApp>
{
    [Fact]
    public async Task A_burst_of_concurrent_events_with_repeats_is_answered_200_and_stored_once_each()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var ids = Enumerable.Range(1, 60).Select(i => $"evt-burst-{run}-{i}").ToList();
        // Every event three times, shuffled, all in flight together (Telnyx retries and delivers concurrently).
        var posts = ids.SelectMany(id => Enumerable.Repeat(id, 3)).OrderBy(_ => Random.Shared.Next())
            .Select(id => app.PostSignedAsync(TelnyxEventJson.Inbound(id, "msg-" + id, "Burst"))).ToList();

        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = await app.WithDbAsync(db => db.Set<WebhookEvent>().Where(e => e.EventId.StartsWith($"evt-burst-{run}-"))
            .GroupBy(e => e.EventId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(ids.Count, stored.Count);
        Assert.All(stored, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task An_answered_event_is_already_in_the_database()
    {
        var id = "evt-durable-" + Guid.NewGuid().ToString("N")[..8];

        var response = await app.PostSignedAsync(TelnyxEventJson.Inbound(id, "msg-" + id, "Stored before 200"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Read right after the answer, without waiting: the 200 came after the commit.
        Assert.Single(await app.EventsAsync(id));
    }
}
