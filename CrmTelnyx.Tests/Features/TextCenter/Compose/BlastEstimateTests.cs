using CrmTelnyx.Features.TextCenter.Compose;

namespace CrmTelnyx.Tests.Features.TextCenter.Compose;

public sealed class BlastEstimateTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Messages_parts_and_cost_add_up_over_the_recipients()
    {
        var recipients = Enumerable.Repeat((1, Start), 8).Concat(Enumerable.Repeat((4, Start), 2));

        var estimate = BlastEstimate.For(recipients, Start, messagesPerSecond: 10, ratePerSegment: 0.007m);

        Assert.Equal((10, 16, 0.112m), (estimate.Messages, estimate.Segments, estimate.Cost));
    }

    [Fact]
    public void With_everyone_reachable_the_last_text_goes_after_one_interval_per_message()
    {
        var estimate = BlastEstimate.For(Enumerable.Repeat((1, Start), 12_400), Start, messagesPerSecond: 4, ratePerSegment: 0.004m);

        // 12,400 texts at 4 a second: the last leaves 12,399 quarter-seconds after the first.
        Assert.Equal(Start.AddSeconds(12_399 / 4.0), estimate.FinishesAt);
    }

    [Fact]
    public void Recipients_in_quiet_hours_wait_for_their_window_while_the_others_go_first()
    {
        var morning = Start.AddHours(10);
        var recipients = new[] { (1, morning), (1, Start), (1, Start), (1, morning) };

        var estimate = BlastEstimate.For(recipients, Start, messagesPerSecond: 1, ratePerSegment: 0.01m);

        // Two go at once (0 s and 1 s); the other two wait for the morning and leave at +0 s and +1 s from then.
        Assert.Equal(morning.AddSeconds(1), estimate.FinishesAt);
    }

    [Fact]
    public void A_backlog_runs_past_a_window_opening_without_stopping()
    {
        var opens = Start.AddSeconds(2);
        var recipients = Enumerable.Repeat((1, Start), 5).Append((1, opens));

        var estimate = BlastEstimate.For(recipients, Start, messagesPerSecond: 1, ratePerSegment: 0.01m);

        Assert.Equal(Start.AddSeconds(5), estimate.FinishesAt);
    }

    [Fact]
    public void Nothing_to_send_costs_nothing_and_has_no_finish()
    {
        Assert.Equal(new BlastEstimate.Result(0, 0, 0m, null), BlastEstimate.For([], Start, 1, 0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => BlastEstimate.For([(1, Start)], Start, 0, 0.01m));
    }
}
