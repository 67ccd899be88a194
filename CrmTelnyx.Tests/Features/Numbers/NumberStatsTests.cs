using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>A number's texts, calls, delivery and opt-out rates over a window, from the message and call rows.</summary>
public sealed class NumberStatsTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Now);

    private Task<IReadOnlyDictionary<string, NumberActivity>> StatsAsync(TimeSpan window, params string[] phones) =>
        app.WithDbAsync(db => new NumberStats(db, clock).ForAsync(phones, window));

    private static DateTimeOffset DaysAgo(double days) => Now.AddDays(-days);

    [Fact]
    public async Task Texts_and_calls_are_counted_per_direction_and_per_number()
    {
        const string a = "+13125550301", b = "+13125550302";
        await app.AddAsync(
            NumberSeed.Outbound(a, DaysAgo(1)), NumberSeed.Outbound(a, DaysAgo(2)), NumberSeed.Outbound(a, DaysAgo(3)),
            NumberSeed.Inbound(a, DaysAgo(1)), NumberSeed.Inbound(a, DaysAgo(5)),
            NumberSeed.Outbound(b, DaysAgo(1)),
            // A customer's reply to b sent from a: it counts as a's received text only if it was sent to a.
            NumberSeed.Inbound(b, DaysAgo(1), from: a),
            NumberSeed.OutboundCall(a, DaysAgo(1)), NumberSeed.OutboundCall(a, DaysAgo(2)),
            NumberSeed.InboundCall(a, DaysAgo(1)), NumberSeed.InboundCall(b, DaysAgo(1)), NumberSeed.InboundCall(b, DaysAgo(4)));

        var stats = await StatsAsync(NumberStats.PageWindow, a, b, "+13125550309");

        Assert.Equal(new NumberActivity(TextsSent: 3, TextsReceived: 2, CallsOut: 2, CallsIn: 1, Delivered: 3, Failed: 0, OptOuts: 0), stats[a]);
        Assert.Equal(new NumberActivity(TextsSent: 1, TextsReceived: 1, CallsOut: 0, CallsIn: 2, Delivered: 1, Failed: 0, OptOuts: 0), stats[b]);
        Assert.Equal(NumberActivity.None, stats["+13125550309"]);
        Assert.Null(stats["+13125550309"].DeliveryRate);
        Assert.Null(stats["+13125550309"].OptOutRate);
    }

    [Fact]
    public async Task The_delivery_rate_counts_delivered_against_failed_and_leaves_out_texts_not_finished()
    {
        const string a = "+13125550311";
        await app.AddAsync(
            NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.Delivered), NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.Delivered),
            NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.Delivered), NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.DeliveryFailed),
            NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.SendingFailed), NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.Expired),
            NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.Queued), NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.Sent),
            NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.DeliveryUnconfirmed), NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.Cancelled));

        var stats = (await StatsAsync(NumberStats.PageWindow, a))[a];

        Assert.Equal(10, stats.TextsSent);
        Assert.Equal(3, stats.Delivered);
        Assert.Equal(3, stats.Failed);
        Assert.Equal(0.5, stats.DeliveryRate);
    }

    [Fact]
    public async Task The_opt_out_rate_counts_each_person_the_number_texted_who_answered_STOP_once_per_text_sent()
    {
        const string a = "+13125550321", other = "+13125550322";
        var sent = Enumerable.Range(0, 20).Select(i => NumberSeed.Outbound(a, DaysAgo(2), to: $"+1312555{1000 + i}"));
        await app.AddAsync([.. sent,
            NumberSeed.Inbound(a, DaysAgo(1), "STOP", from: "+13125551000"),
            NumberSeed.Inbound(a, DaysAgo(1), " stop. ", from: "+13125551000"), // the same person again
            NumberSeed.Inbound(a, DaysAgo(1), "Un-subscribe!", from: "+13125551001"),
            NumberSeed.Inbound(a, DaysAgo(1), "(Quit?)", from: "+13125551005"),
            NumberSeed.Inbound(a, DaysAgo(1), "please stop texting me", from: "+13125551002"), // not the keyword
            NumberSeed.Inbound(a, DaysAgo(1), "START", from: "+13125551003"),
            NumberSeed.Inbound(a, DaysAgo(1), "STOP", from: "+13125552000"), // a person this number never texted
            NumberSeed.Inbound(other, DaysAgo(1), "STOP", from: "+13125551004")]);

        var stats = (await StatsAsync(NumberStats.PageWindow, a))[a];

        Assert.Equal(3, stats.OptOuts);
        Assert.Equal(0.15, stats.OptOutRate);
        Assert.Equal(7, stats.TextsReceived);
    }

    [Theory]
    [InlineData(1, "STOP")]
    [InlineData(2, "stop")]
    [InlineData(3, " Stop ")]
    [InlineData(4, "STOP!")]
    [InlineData(5, "stop.")]
    [InlineData(6, "Stop all")]
    [InlineData(7, "opt-out")]
    [InlineData(8, "Unsubscribe")]
    [InlineData(9, "end")]
    [InlineData(10, "quit!!")]
    [InlineData(11, "STOP\n")]
    [InlineData(12, "stop please")]
    [InlineData(13, "stopp")]
    [InlineData(14, "START")]
    [InlineData(15, "HELP")]
    [InlineData(16, "")]
    public async Task The_query_reads_opt_out_words_as_the_keyword_handler_does(int line, string text)
    {
        var phone = $"+1312556{line:D4}";
        await app.AddAsync(NumberSeed.Outbound(phone, DaysAgo(2), to: "+13125551010"), NumberSeed.Inbound(phone, DaysAgo(1), text, from: "+13125551010"));

        var stats = (await StatsAsync(NumberStats.PageWindow, phone))[phone];

        Assert.Equal(SmsKeywords.Classify(text) == SmsKeyword.OptOut ? 1 : 0, stats.OptOuts);
    }

    [Fact]
    public async Task The_window_ends_now_and_starts_exactly_its_length_before()
    {
        const string a = "+13125550331";
        var window = TimeSpan.FromDays(7);
        await app.AddAsync(
            NumberSeed.Outbound(a, Now - window), // the first instant in
            NumberSeed.Outbound(a, Now - window - TimeSpan.FromMilliseconds(1)), // just before
            NumberSeed.Outbound(a, Now), // the last instant in
            NumberSeed.Outbound(a, Now.AddSeconds(1)), // after now (a clock ahead): not yet
            NumberSeed.Inbound(a, Now - window), NumberSeed.Inbound(a, Now - window - TimeSpan.FromSeconds(1)),
            NumberSeed.OutboundCall(a, Now - window), NumberSeed.OutboundCall(a, Now - window - TimeSpan.FromSeconds(1)),
            NumberSeed.InboundCall(a, Now), NumberSeed.InboundCall(a, Now.AddSeconds(1)));

        var stats = (await StatsAsync(window, a))[a];
        Assert.Equal((2, 1, 1, 1), (stats.TextsSent, stats.TextsReceived, stats.CallsOut, stats.CallsIn));

        // A day later the oldest ones have left a 7-day window, and what was ahead of the clock has come in.
        clock.Advance(TimeSpan.FromDays(1));
        var later = (await StatsAsync(window, a))[a];
        Assert.Equal((2, 0, 0, 2), (later.TextsSent, later.TextsReceived, later.CallsOut, later.CallsIn));
    }

    [Fact]
    public async Task Rates_follow_the_window_they_are_asked_for()
    {
        const string a = "+13125550341";
        await app.AddAsync(
            NumberSeed.Outbound(a, DaysAgo(1), MessageStatuses.Delivered),
            NumberSeed.Outbound(a, DaysAgo(10), MessageStatuses.DeliveryFailed),
            NumberSeed.Inbound(a, DaysAgo(10), "STOP"));

        var week = (await StatsAsync(TimeSpan.FromDays(7), a))[a];
        var month = (await StatsAsync(NumberStats.PageWindow, a))[a];

        Assert.Equal((1.0, 0.0), (week.DeliveryRate, week.OptOutRate));
        Assert.Equal((0.5, 0.5), (month.DeliveryRate, month.OptOutRate));
    }
}
