using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Progress;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>The broadcaster tells a page about the first change at once and about a flood of changes four times a second.</summary>
public sealed class BlastProgressBroadcasterTests
{
    private readonly BlastActivity activity = new();
    private readonly RecordingLiveNotifier live = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly BlastProgressBroadcaster broadcaster;

    public BlastProgressBroadcasterTests() => broadcaster = new(activity, live, time, NullLogger<BlastProgressBroadcaster>.Instance);

    private int PushesFor(long id) => live.Pushes.Count(p => p.Topic == BlastLiveEvents.Topic(id));

    [Fact]
    public async Task A_first_change_is_published_at_once_and_a_thousand_more_within_a_quarter_second_only_once_after_it()
    {
        activity.Changed(7);
        await broadcaster.PublishChangedAsync();
        Assert.Equal(1, PushesFor(7));

        for (var i = 0; i < 1000; i++)
        {
            activity.Changed(7);
            time.Advance(TimeSpan.FromMilliseconds(0.2));
            await broadcaster.PublishChangedAsync();
        }
        Assert.Equal(1, PushesFor(7));

        time.Advance(BlastProgressBroadcaster.MinimumGap);
        await broadcaster.PublishChangedAsync();
        Assert.Equal(2, PushesFor(7));
        await broadcaster.PublishChangedAsync();
        Assert.Equal(2, PushesFor(7));
    }

    [Fact]
    public async Task Each_blast_has_its_own_topic_and_the_list_hears_the_ids_together()
    {
        activity.Changed(1);
        activity.Changed(2);

        await broadcaster.PublishChangedAsync();

        Assert.Equal(1, PushesFor(1));
        Assert.Equal(1, PushesFor(2));
        var list = Assert.Single(live.Pushes, p => p.Topic == BlastLiveEvents.ListTopic);
        Assert.Contains("1", list.Data);
        Assert.Contains("2", list.Data);
    }
}
