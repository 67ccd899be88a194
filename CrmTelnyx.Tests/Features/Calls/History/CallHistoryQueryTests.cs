using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.History;
using CrmTelnyx.Tests.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Calls.History;

/// <summary>The call history's query (<see cref="CallHistoryQuery"/>): filters, who sees what, totals and sorting, over the real app's SQLite.</summary>
public sealed class CallHistoryQueryTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private CallHistorySeed seed = default!;

    public async Task InitializeAsync() => seed = await CallHistorySeed.AddAsync(app);

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private CallHistoryViewer Manager => new(seed.Meg, SeesEveryone: true);

    private Task<CallHistoryPage> PageAsync(CallHistoryFilter filter, CallHistoryViewer? viewer = null, CallHistorySort sort = CallHistorySort.When,
        bool descending = true, int page = 0, int pageSize = 50) =>
        app.RunAsync<CallHistoryQuery, CallHistoryPage>(async h =>
            await h.PageAsync(filter, viewer ?? Manager, await h.ZoneAsync(), sort, descending, page, pageSize));

    private async Task<List<int>> SeedNumbersAsync(CallHistoryFilter filter, CallHistoryViewer? viewer = null)
    {
        var page = await PageAsync(filter, viewer);
        Assert.Equal(page.Rows.Count, page.Totals.Calls);
        var byId = seed.CallIds.ToDictionary(kv => kv.Value, kv => kv.Key);
        return page.Rows.Select(r => byId[r.Id]).Order().ToList();
    }

    [Fact]
    public async Task A_day_runs_from_the_company_s_midnight_to_the_next_not_utc_s()
    {
        var tenth = new DateOnly(2026, 2, 10);

        Assert.Equal([1, 2, 5], await SeedNumbersAsync(new CallHistoryFilter(From: tenth, To: tenth)));
        Assert.Equal([3, 6], await SeedNumbersAsync(new CallHistoryFilter(From: tenth.AddDays(1))));
        Assert.Equal([4], await SeedNumbersAsync(new CallHistoryFilter(To: tenth.AddDays(-1))));
    }

    [Fact]
    public async Task Totals_add_up_the_calls_of_the_filter_not_just_the_page()
    {
        var tenth = new DateOnly(2026, 2, 10);

        var page = await PageAsync(new CallHistoryFilter(From: tenth, To: tenth), pageSize: 1);

        Assert.Single(page.Rows);
        // Calls 1, 2 and 5: one answered (125 s talked), 180 + 0 + 30 billed seconds, $0.0105 + $0.0020 + $0.0021.
        Assert.Equal(new CallHistoryTotals(3, 1, 125, 210, 0.0146m), page.Totals);
        Assert.Equal(3.5, page.Totals.BilledMinutes);
    }

    [Fact]
    public async Task Totals_over_everything_equal_the_sums_of_the_rows()
    {
        var page = await PageAsync(new CallHistoryFilter());

        Assert.Equal(6, page.Totals.Calls);
        Assert.Equal(page.Rows.Count(r => r.Id == seed.CallIds[1] || r.Id == seed.CallIds[3]), page.Totals.Answered);
        Assert.Equal(page.Rows.Sum(r => r.DurationSeconds ?? 0), page.Totals.TalkSeconds);
        Assert.Equal(page.Rows.Sum(r => r.BilledSeconds ?? 0), page.Totals.BilledSeconds);
        Assert.Equal(page.Rows.Sum(r => r.Cost ?? 0), page.Totals.Cost);
        Assert.Equal(0.0191m, page.Totals.Cost);
    }

    [Fact]
    public async Task Each_filter_narrows_the_rows_and_the_totals()
    {
        Assert.Equal([1, 2, 6], await SeedNumbersAsync(new CallHistoryFilter(Agent: seed.Ann)));
        Assert.Equal([1, 2, 3, 5, 6], await SeedNumbersAsync(new CallHistoryFilter(Number: CallHistorySeed.NumberA)));
        Assert.Equal([4], await SeedNumbersAsync(new CallHistoryFilter(Number: CallHistorySeed.ReleasedNumber)));
        Assert.Equal([3, 5], await SeedNumbersAsync(new CallHistoryFilter(Direction: CallDirection.Inbound)));
        Assert.Equal([1, 3], await SeedNumbersAsync(new CallHistoryFilter(Outcome: CallOutcome.Completed)));
        Assert.Equal([6], await SeedNumbersAsync(new CallHistoryFilter(Outcome: CallHistoryFilter.InProgress)));
        Assert.Equal([4], await SeedNumbersAsync(new CallHistoryFilter(Outcome: CallOutcome.Busy, Agent: seed.Bob)));
        Assert.Equal([1, 2, 3, 4, 5, 6], await SeedNumbersAsync(new CallHistoryFilter(Agent: " ", Outcome: "")));
    }

    [Theory]
    [InlineData("ada", new[] { 1, 4, 6 })]
    [InlineData("LOVELACE", new[] { 1, 4, 6 })]
    [InlineData("hopper", new[] { 2 })]
    [InlineData("(415) 555-0199", new[] { 3 })]
    [InlineData("555-0103", new[] { 5 })]
    [InlineData("nobody", new int[0])]
    public async Task Search_finds_calls_by_the_contact_s_name_or_either_number(string q, int[] expected)
    {
        Assert.Equal(expected, await SeedNumbersAsync(new CallHistoryFilter(Q: q)));
    }

    /// <summary>A voicemail on call 5 (Meg's) and a recorded conversation on call 3 (Bob's), with what was said in them.</summary>
    private Task AddTranscriptsAsync(string? voicemail = null) => app.WithDbAsync(async db =>
    {
        db.CallRecordings.Add(new CallRecording
        {
            CallId = seed.CallIds[5], TelnyxRecordingId = "vm-5", IsVoicemail = true, Status = RecordingStatus.Stored, FileName = "vm-5.mp3",
            Transcript = voicemail ?? "Hi, it's about my order. The REFUND never arrived, please call me back.",
        });
        db.CallRecordings.Add(new CallRecording
        {
            CallId = seed.CallIds[3], TelnyxRecordingId = "rec-3", Status = RecordingStatus.Stored, FileName = "rec-3.mp3",
            Transcript = "Thanks for calling. Your invoice is ready.",
        });
        return await db.SaveChangesAsync();
    });

    [Theory]
    [InlineData("refund", new[] { 5 })]
    [InlineData("Refund Never", new[] { 5 })]
    [InlineData("INVOICE", new[] { 3 })]
    [InlineData("warranty", new int[0])]
    [InlineData("ada", new[] { 1, 4, 6 })]
    public async Task Search_finds_calls_by_words_said_in_their_recordings_whatever_the_case(string q, int[] expected)
    {
        await AddTranscriptsAsync();

        Assert.Equal(expected, await SeedNumbersAsync(new CallHistoryFilter(Q: q)));
    }

    [Fact]
    public async Task A_transcript_match_carries_the_words_around_it_and_other_searches_carry_none()
    {
        await AddTranscriptsAsync();

        var found = Assert.Single((await PageAsync(new CallHistoryFilter(Q: "refund"))).Rows);
        var byName = (await PageAsync(new CallHistoryFilter(Q: "lovelace"))).Rows;

        Assert.Equal(seed.CallIds[5], found.Id);
        Assert.Equal("Hi, it's about my order. The REFUND never arrived, please call me back.", found.TranscriptSnippet);
        Assert.All(byName, r => Assert.Null(r.TranscriptSnippet));
    }

    [Fact]
    public async Task A_long_transcript_shows_only_the_line_around_the_words()
    {
        var before = string.Join(' ', Enumerable.Repeat("blah", 200));
        await AddTranscriptsAsync($"{before} the spare key is under the mat {before}");

        var found = Assert.Single((await PageAsync(new CallHistoryFilter(Q: "spare key"))).Rows);

        // Cut where the transcript goes on, at whole words.
        Assert.Matches("^…(blah )+the spare key is under the mat( blah)+…$", found.TranscriptSnippet);
        Assert.InRange(found.TranscriptSnippet!.Length, 60, 125);
    }

    [Fact]
    public async Task An_agent_s_transcript_search_stays_within_their_own_calls()
    {
        await AddTranscriptsAsync();
        var bob = new CallHistoryViewer(seed.Bob, SeesEveryone: false);

        Assert.Empty(await SeedNumbersAsync(new CallHistoryFilter(Q: "refund"), bob)); // said on Meg's call
        Assert.Equal([3], await SeedNumbersAsync(new CallHistoryFilter(Q: "invoice"), bob));
    }

    [Fact]
    public async Task An_agent_sees_only_their_own_calls_even_when_the_filter_names_another_agent()
    {
        var bob = new CallHistoryViewer(seed.Bob, SeesEveryone: false);

        Assert.Equal([3, 4], await SeedNumbersAsync(new CallHistoryFilter(), bob));
        Assert.Equal([3, 4], await SeedNumbersAsync(new CallHistoryFilter(Agent: seed.Ann), bob));
        Assert.Equal([3], await SeedNumbersAsync(new CallHistoryFilter(Agent: seed.Ann, Direction: CallDirection.Inbound), bob));
        var totals = (await PageAsync(new CallHistoryFilter(Agent: seed.Ann), bob)).Totals;
        Assert.Equal(new CallHistoryTotals(2, 1, 60, 66, 0.0045m), totals);
        // Someone without an id sees nothing, not the calls nobody took.
        Assert.Empty(await SeedNumbersAsync(new CallHistoryFilter(), new CallHistoryViewer(null, SeesEveryone: false)));
    }

    [Fact]
    public async Task Rows_carry_the_contact_agent_and_a_stored_recording_only()
    {
        var rows = (await PageAsync(new CallHistoryFilter())).Rows.ToDictionary(r => r.Id);

        var first = rows[seed.CallIds[1]];
        Assert.Equal(("Ada Lovelace", seed.AdaId, "ann", true), (first.ContactName, first.ContactId, first.AgentName, first.HasRecording));
        Assert.False(rows[seed.CallIds[2]].HasRecording); // its recording is not downloaded yet
        var stranger = rows[seed.CallIds[3]];
        Assert.Equal(("(415) 555-0199", null), (stranger.ContactName, stranger.ContactId));
        Assert.Equal("ringing", rows[seed.CallIds[6]].StatusText);
        Assert.Equal("no answer", rows[seed.CallIds[2]].StatusText);
    }

    [Fact]
    public async Task Sorting_and_paging_walk_every_call_once_in_order()
    {
        var newestFirst = new List<long>();
        for (var page = 0; page < 3; page++)
            newestFirst.AddRange((await PageAsync(new CallHistoryFilter(), page: page, pageSize: 2)).Rows.Select(r => r.Id));
        var longest = (await PageAsync(new CallHistoryFilter(), sort: CallHistorySort.Billed)).Rows;
        var cheapest = (await PageAsync(new CallHistoryFilter(), sort: CallHistorySort.Cost, descending: false)).Rows;

        Assert.Equal(new[] { 6, 3, 2, 5, 1, 4 }.Select(n => seed.CallIds[n]), newestFirst);
        Assert.Equal(seed.CallIds[1], longest[0].Id);
        Assert.Equal([null, 0.001m, 0.002m, 0.0021m, 0.0035m, 0.0105m], cheapest.Select(r => r.Cost));
    }

    [Fact]
    public async Task The_agent_choices_are_the_people_who_take_calls_and_the_numbers_include_released_ones()
    {
        var agents = await app.RunAsync<CallHistoryQuery, IReadOnlyList<CallHistoryQuery.AgentChoice>>(h => h.AgentsAsync());
        var numbers = await app.RunAsync<CallHistoryQuery, IReadOnlyList<CallHistoryQuery.NumberChoice>>(h => h.NumbersAsync());

        Assert.Equal(["Administrator", "ann", "bob", "meg"], agents.Select(a => a.Name));
        Assert.Equal([(CallHistorySeed.NumberA, false), (CallHistorySeed.ReleasedNumber, true)], numbers.Select(n => (n.PhoneNumber, n.IsReleased)));
    }

    [Fact]
    public void The_filter_travels_in_the_export_link()
    {
        var filter = new CallHistoryFilter("u-1", "+13125550100", CallDirection.Inbound, CallOutcome.NoAnswer, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), " ada ");

        Assert.Equal("/calls/export?agent=u-1&number=%2B13125550100&direction=Inbound&outcome=no%20answer&from=2026-02-01&to=2026-02-28&q=ada", filter.ExportLink);
        Assert.Equal("/calls/export", new CallHistoryFilter(Agent: "", Q: " ").ExportLink);
    }
}
