using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Progress;
using CrmTelnyx.Tests.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>A blast's figures as its page shows them, and the coalesced push that tells open pages a delivery arrived.</summary>
public sealed class BlastProgressTests(SignedWebhookApp app) : IClassFixture<SignedWebhookApp>
{
    private async Task<ReadBlastProgress.Figures> ReadAsync(long id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ReadBlastProgress>().ReadAsync(id))!;
    }

    [Fact]
    public async Task The_counters_cost_and_failures_follow_the_rows_statuses_in_words()
    {
        var id = await BlastSeed.StartedAsync(app, "Figures", BlastStatus.Sending,
            new(MessageStatuses.Pending), new(MessageStatuses.Pending), new(MessageStatuses.Queued, "f-q"), new(MessageStatuses.Sent, "f-s"),
            new(MessageStatuses.Delivered, "f-d1", Cost: 0.0070m), new(MessageStatuses.Delivered, "f-d2", Cost: 0.0140m),
            new(MessageStatuses.DeliveryFailed, "f-f1", ErrorCode: "40008"), new(MessageStatuses.DeliveryFailed, "f-f2", ErrorCode: "40008"),
            new(MessageStatuses.SendingFailed, ErrorCode: "40300", ErrorDetail: "Blocked due to STOP message"), new(MessageStatuses.Unknown));
        // The second delivered recipient texted STOP after the blast started.
        await app.WithDbAsync(async db =>
        {
            var to = await db.Messages.Where(m => m.TelnyxMessageId == "f-d2").Select(m => m.To).SingleAsync();
            db.Add(new PhoneOptOut { Phone = to, At = DateTime.UtcNow, Source = "STOP" });
            return await db.SaveChangesAsync();
        });

        var figures = await ReadAsync(id);

        Assert.Equal(new BlastCounters(Queued: 2, Sending: 1, Sent: 1, Delivered: 2, Failed: 3, OptedOut: 2, Unknown: 1, Cancelled: 0), figures.Counters);
        Assert.Equal(10, figures.Counters.Total);
        Assert.Equal(80, figures.Counters.Percent);
        Assert.Equal(0.021m, figures.Cost);
        Assert.Equal("USD", figures.CostCurrency);
        Assert.Collection(figures.Failures,
            f => Assert.Equal(("40008", "Undeliverable", 2), (f.Code, f.Words, f.Count)),
            f => Assert.Equal(("40300", "Blocked due to STOP message", 1), (f.Code, f.Words, f.Count)));
    }

    [Fact]
    public async Task The_blast_list_shows_each_blast_with_its_sent_delivered_failed_and_cost()
    {
        var id = await BlastSeed.StartedAsync(app, "Listed", BlastStatus.Completed,
            new(MessageStatuses.Delivered, "l-d1", Cost: 0.0070m), new(MessageStatuses.Sent, "l-s1"), new(MessageStatuses.DeliveryFailed, "l-f1", ErrorCode: "40001"));
        await using var scope = app.Services.CreateAsyncScope();

        var page = await scope.ServiceProvider.GetRequiredService<ListBlasts>().ListAsync(BlastStatus.Completed, 0, 25);

        var row = Assert.Single(page.Rows, r => r.Id == id);
        Assert.Equal(("Listed", 3, 2, 1, 1, 0.007m), (row.Name, row.Recipients, row.Sent, row.Delivered, row.Failed, row.Cost));
        Assert.All(page.Rows, r => Assert.Equal(BlastStatus.Completed, r.Status));
    }

    [Fact]
    public async Task A_delivery_webhook_for_a_blast_row_tells_that_blast_s_page_and_the_list_once_coalesced()
    {
        var id = await BlastSeed.StartedAsync(app, "Live", BlastStatus.Sending, new(MessageStatuses.Sent, "live-1"), new(MessageStatuses.Sent, "live-2"));

        foreach (var (evt, msg) in new[] { ("evt-live-1", "live-1"), ("evt-live-2", "live-2") })
            Assert.True((await app.PostSignedAsync(TelnyxEventJson.Outbound(evt, "message.finalized", msg, "delivered", cost: "0.0070",
                occurredAt: DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz")))).IsSuccessStatusCode);

        await Eventually.ReturnsAsync(async () => (await ReadAsync(id)).Counters.Delivered, delivered => delivered == 2);
        var topic = BlastLiveEvents.Topic(id);
        await Eventually.ReturnsAsync(() => Task.FromResult(app.Live.Pushes.Count(p => p.Topic == topic)), count => count >= 1);
        Assert.Contains(app.Live.Pushes, p => p.Topic == BlastLiveEvents.ListTopic && p.Data.Contains(id.ToString()));
    }
}
