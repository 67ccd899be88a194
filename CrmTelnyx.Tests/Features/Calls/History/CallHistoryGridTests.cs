using System.Security.Claims;
using Bunit;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.History;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Calls.History;

/// <summary>The call history component (<see cref="CallHistory"/>) rendered with bUnit over the real app and its SQLite.</summary>
public sealed class CallHistoryGridTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly CrmAppFactory app = new();
    private CallHistorySeed seed = default!;
    private MudComponentContext context = default!;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 2, 20, 18, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        seed = await CallHistorySeed.AddAsync(app);
        context = new MudComponentContext(app);
        // Feb 20 in Chicago: the last 30 days (Jan 22 – Feb 20) hold every seeded call.
        context.Services.AddSingleton<TimeProvider>(clock);
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    private IRenderedComponent<CallHistory> Render(string userId, string role, params string[] policies)
    {
        var auth = context.Bunit.AddAuthorization();
        auth.SetAuthorized(userId);
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        auth.SetPolicies([AppPolicies.Calls, .. policies]);
        context.Render<MudPopoverProvider>();
        return context.Render<CallHistory>();
    }

    private IRenderedComponent<CallHistory> RenderAsManager() => Render(seed.Meg, AppRoles.Manager, AppPolicies.Exports, AppPolicies.Contacts);

    private static List<long> Rows(IRenderedComponent<CallHistory> grid) =>
        grid.FindAll("[data-call-row]").Select(r => long.Parse(r.GetAttribute("data-call-row")!)).ToList();

    private static void WaitForTotal(IRenderedComponent<CallHistory> grid, int calls) =>
        grid.WaitForAssertion(() => Assert.Equal(calls.ToString(), grid.Find("[data-call-totals]").GetAttribute("data-call-totals")), Wait);

    private static string Total(IRenderedComponent<CallHistory> grid, string name) =>
        System.Text.RegularExpressions.Regex.Replace(grid.Find($"[data-total={name}]").TextContent, @"\s+", " ").Trim();

    [Fact]
    public void A_manager_sees_every_call_of_the_last_30_days_with_totals_links_and_the_export()
    {
        var grid = RenderAsManager();

        WaitForTotal(grid, 6);
        grid.WaitForAssertion(() => Assert.Equal(new[] { 6, 3, 2, 5, 1, 4 }.Select(n => seed.CallIds[n]), Rows(grid)), Wait);
        Assert.Equal("6 calls", Total(grid, "calls"));
        Assert.Equal("2 answered", Total(grid, "answered"));
        Assert.Equal("3:05 talk time", Total(grid, "talk"));
        Assert.Equal("4.6 billed min", Total(grid, "billed"));
        Assert.Equal("$0.0191 cost", Total(grid, "cost"));
        Assert.Equal("/calls/export?from=2026-01-22&to=2026-02-20", grid.Find("[data-export-link]").GetAttribute("href"));
        Assert.NotNull(grid.Find("[data-filter=agent]"));

        var call = grid.Find($"[data-call-row='{seed.CallIds[1]}']").Closest("tr")!;
        Assert.Equal("Feb 10 10:00 AM", grid.Find($"[data-call-row='{seed.CallIds[1]}']").TextContent.Trim());
        Assert.Equal($"/contacts/{seed.AdaId}", call.QuerySelector("a[data-call-contact]")!.GetAttribute("href"));
        Assert.Equal("Ada Lovelace", call.QuerySelector("[data-call-contact]")!.TextContent.Trim());
        Assert.Equal("2:05", call.QuerySelector("[data-call-duration]")!.TextContent.Trim());
        Assert.Equal("$0.0105", call.QuerySelector("[data-call-cost]")!.TextContent.Trim());
        Assert.Equal($"/calls/{seed.CallIds[1]}", call.QuerySelector("[data-call-recording]")!.GetAttribute("href"));
        Assert.Contains("Completed", call.QuerySelector("[data-call-outcome]")!.TextContent);
        // Only a stored recording shows; an unknown caller shows as their number.
        Assert.Single(grid.FindAll("[data-call-recording]"));
        Assert.Equal("(415) 555-0199", grid.Find($"[data-call-row='{seed.CallIds[3]}']").Closest("tr")!.QuerySelector("[data-call-contact]")!.TextContent.Trim());
    }

    [Fact]
    public void An_agent_sees_only_their_own_calls_without_the_agent_filter_the_export_or_contact_links()
    {
        var grid = Render(seed.Bob, AppRoles.Agent);

        WaitForTotal(grid, 2);
        grid.WaitForAssertion(() => Assert.Equal([seed.CallIds[3], seed.CallIds[4]], Rows(grid)), Wait);
        Assert.Empty(grid.FindAll("[data-filter=agent]"));
        Assert.Empty(grid.FindAll("[data-export-link]"));
        Assert.Empty(grid.FindAll("a[data-call-contact]"));
        Assert.Equal("Ada Lovelace", grid.Find($"[data-call-row='{seed.CallIds[4]}']").Closest("tr")!.QuerySelector("[data-call-contact]")!.TextContent.Trim());
    }

    [Fact]
    public void Searching_narrows_the_rows_the_totals_and_the_export_link()
    {
        var grid = RenderAsManager();
        WaitForTotal(grid, 6);

        var search = grid.Find("[data-filter=q]");
        (search.TagName == "INPUT" ? search : search.QuerySelector("input")!).Input("lovelace");
        // MudBlazor's search debounce runs on the page's TimeProvider.
        clock.Advance(TimeSpan.FromSeconds(1));

        WaitForTotal(grid, 3);
        grid.WaitForAssertion(() => Assert.Equal(new[] { 6, 1, 4 }.Select(n => seed.CallIds[n]), Rows(grid)), Wait);
        Assert.Equal("$0.0115 cost", Total(grid, "cost"));
        Assert.Equal("/calls/export?from=2026-01-22&to=2026-02-20&q=lovelace", grid.Find("[data-export-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task Searching_a_word_said_in_a_voicemail_finds_its_call_and_shows_where_it_was_said()
    {
        await app.WithDbAsync(async db =>
        {
            db.CallRecordings.Add(new CallRecording
            {
                CallId = seed.CallIds[5], TelnyxRecordingId = "vm-5", IsVoicemail = true, Status = RecordingStatus.Stored, FileName = "vm-5.mp3",
                Transcript = "The refund never arrived, please call me back.",
            });
            return await db.SaveChangesAsync();
        });
        var grid = RenderAsManager();
        WaitForTotal(grid, 6);
        Assert.Empty(grid.FindAll("[data-call-transcript-match]"));

        var search = grid.Find("[data-filter=q]");
        (search.TagName == "INPUT" ? search : search.QuerySelector("input")!).Input("Refund");
        clock.Advance(TimeSpan.FromSeconds(1));

        WaitForTotal(grid, 1);
        grid.WaitForAssertion(() => Assert.Equal([seed.CallIds[5]], Rows(grid)), Wait);
        var match = grid.Find($"[data-call-row='{seed.CallIds[5]}']").Closest("tr")!.QuerySelector("[data-call-transcript-match]")!;
        Assert.Equal("The refund never arrived, please call me back.", match.TextContent.Trim());
    }

    [Fact]
    public async Task A_call_published_on_the_live_feed_appears_without_a_reload()
    {
        var grid = RenderAsManager();
        WaitForTotal(grid, 6);
        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-call-history][data-live-subscribed]")), Wait);

        var call = await app.WithDbAsync(async db =>
        {
            var added = new Call
            {
                Direction = CallDirection.Inbound, From = CallHistorySeed.Stranger, To = CallHistorySeed.NumberA, AgentUserId = seed.Ann,
                StartedAt = CallHistorySeed.Chicago(19, 9), Status = CallStatus.Ringing,
            };
            db.Calls.Add(added);
            await db.SaveChangesAsync();
            return added;
        });
        await app.Services.GetRequiredService<LiveFeed>().PublishCallAsync(call, CancellationToken.None);

        WaitForTotal(grid, 7);
        grid.WaitForAssertion(() => Assert.Equal(call.Id, Rows(grid)[0]), Wait);
    }
}
