using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Features.Calls.Inbound;
using CrmTelnyx.Features.Calls.Routing;
using CrmTelnyx.Identity;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.Calls;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Inbound;

/// <summary>
/// A caller rings a company number in the sandbox, and the number's route decides: available agents' phones ring
/// (at once, or one after another when one does not pick up) and the first to answer is put through; after hours, on
/// a holiday or with nobody available, the caller hears the greeting and leaves a voicemail that is stored as one.
/// </summary>
public sealed class InboundRoutingTests : IAsyncLifetime
{
    private const string Caller = "+14155550123";
    private static readonly string Company = SandboxAccount.SeedNumbers[1];
    private readonly CrmAppFactory app = new();

    public async Task InitializeAsync()
    {
        app.Settings["Sandbox:CallDurationMs"] = "1500";
        app.Settings["Sandbox:CallAnswerDelayMs"] = "100";
        app.StartKestrel();
        await app.SyncNumbersAsync();
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> AgentAsync(string email, string phone, bool available = true)
    {
        var user = await app.CreateUserAsync(email, "Agent-Passw0rd", AppRoles.Agent);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, phone).SetProperty(x => x.IsAvailableForCalls, available)));
        return user.Id;
    }

    private Task RouteAsync(Action<InboundRoute> change) => app.WithDbAsync(async db =>
    {
        var route = new InboundRoute { PhoneNumber = Company, TimeZone = "America/Chicago" };
        change(route);
        db.InboundRoutes.Add(route);
        return await db.SaveChangesAsync();
    });

    private async Task<Call> CallInAsync(Func<Call, bool> done)
    {
        var result = await app.Services.GetRequiredService<SandboxRunner>()
            .RunAsync<ReceiveInboundCall, ReceiveInboundCall.Result>(r => r.CallAsync(Caller, Company));
        Assert.True(result.Accepted, result.Message);
        return await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.Calls.AsNoTracking().Include(c => c.Legs).Include(c => c.Recordings)
                .SingleOrDefaultAsync(c => c.Legs.Any(l => l.CallControlId == result.CallControlId))),
            c => c is not null && done(c), TimeSpan.FromSeconds(30)) ?? throw new InvalidOperationException();
    }

    [Fact]
    public async Task An_available_agent_is_rung_and_put_through_and_the_call_is_theirs()
    {
        var agent = await AgentAsync("ann@crm.test", "+13125550171");
        await AgentAsync("off@crm.test", "+13125550172", available: false);

        var call = await CallInAsync(c => c.Status == CallStatus.Ended);

        Assert.Equal((CallDirection.Inbound, CallOutcome.Completed, agent), (call.Direction, call.Outcome, call.AgentUserId));
        var rung = call.Legs.Where(l => l.Role == CallLegRole.Agent).ToList();
        Assert.Equal(["+13125550171"], rung.Select(l => l.To));
        Assert.NotNull(call.AnsweredAt);
        Assert.Empty(call.Recordings);
    }

    [Fact]
    public async Task Round_robin_moves_to_the_next_agent_when_the_first_does_not_answer_in_time()
    {
        // The sandbox lets numbers ending 0002 ring out unanswered.
        var silent = await AgentAsync("a-silent@crm.test", "+13125550002");
        var answering = await AgentAsync("b-answers@crm.test", "+13125550173");
        // The answering agent went first last time, so the silent one is next.
        await RouteAsync(r => { r.Strategy = RingStrategy.RoundRobin; r.RingTimeoutSeconds = 5; r.LastRungAgentId = answering; });

        var call = await CallInAsync(c => c.Status == CallStatus.Ended);

        Assert.Equal(CallOutcome.Completed, call.Outcome);
        Assert.Equal(answering, call.AgentUserId);
        var rung = call.Legs.Where(l => l.Role == CallLegRole.Agent).OrderBy(l => l.Id).Select(l => l.AgentUserId).ToList();
        Assert.Equal([silent, answering], rung);
        Assert.Equal("timeout", call.Legs.Single(l => l.AgentUserId == silent).HangupCause);
        Assert.Equal(silent, await app.WithDbAsync(db => db.InboundRoutes.Select(r => r.LastRungAgentId).SingleAsync()));
    }

    [Fact]
    public async Task On_a_holiday_the_caller_hears_the_greeting_and_leaves_a_voicemail_with_its_transcript()
    {
        await AgentAsync("ann@crm.test", "+13125550171");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")));
        await RouteAsync(r => r.Holidays = HolidayList.Format([today]));
        await app.WithDbAsync(db => db.CallSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.Transcribe, true)));

        var call = await CallInAsync(c => c.Status == CallStatus.Ended && c.Recordings.Any(r => r.Status == RecordingStatus.Stored && r.Transcript != null));

        Assert.Equal(CallOutcome.Voicemail, call.Outcome);
        Assert.DoesNotContain(call.Legs, l => l.Role == CallLegRole.Agent);
        var voicemail = Assert.Single(call.Recordings);
        Assert.True(voicemail.IsVoicemail);
        Assert.False(voicemail.IsRead);
        Assert.Contains(PhoneDigits(Caller), PhoneDigits(voicemail.Transcript!));
        Assert.Equal(1, await app.WithDbAsync(db => new Voicemails(db, new RecordingLiveNotifier()).UnreadCountAsync()));
    }

    [Fact]
    public async Task An_uploaded_greeting_is_played_from_its_link_before_the_voicemail_is_recorded()
    {
        await AgentAsync("off@crm.test", "+13125550172", available: false);
        await RouteAsync(r => r.VoicemailGreeting = "Spoken only as a fallback.");
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<SaveGreetingAudio>().UploadAsync(
                new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new(System.Security.Claims.ClaimTypes.Role, AppRoles.Admin)], "test")),
                Company, "greeting.wav", HoldMusic.Wav.Length, new MemoryStream(HoldMusic.Wav)));
        var file = await app.WithDbAsync(db => db.InboundRoutes.Select(r => r.GreetingAudioFile).SingleAsync());

        var call = await CallInAsync(c => c.Status == CallStatus.Ended && c.Recordings.Count == 1);

        Assert.Equal(CallOutcome.Voicemail, call.Outcome);
        Assert.True(call.Recordings.Single().IsVoicemail);
        var played = await CallPlayedAudio.PayloadsAsync(app, "call.playback.ended");
        Assert.Contains(played, p => p.Contains($"/call-audio/uploads/{file}") && p.Contains("\"completed\""));
        Assert.Empty(await CallPlayedAudio.SpokenToContactAsync(app, call));
    }

    [Fact]
    public async Task A_greeting_Telnyx_cannot_fetch_is_replaced_by_the_spoken_text_and_the_voicemail_still_recorded()
    {
        await AgentAsync("off@crm.test", "+13125550172", available: false);
        // A stored name whose file is gone (deleted by hand, a restored backup without it): Telnyx gets 404.
        await RouteAsync(r => (r.VoicemailGreeting, r.GreetingAudioFile) = ("Please leave a message.", "0123456789abcdef0123456789abcdef.mp3"));
        // The failed fetch, its playback events and the spoken text all come before the recording starts: a caller who
        // hangs up 1.5 s after the answer could leave before it on a busy machine (it did, in CI).
        app.Services.GetRequiredService<CrmTelnyx.Sandbox.SandboxRuntimeSettings>().CallDurationMs = 6_000;

        var call = await CallInAsync(c => c.Status == CallStatus.Ended && c.Recordings.Count == 1);

        Assert.Equal(CallOutcome.Voicemail, call.Outcome);
        Assert.Contains(await CallPlayedAudio.PayloadsAsync(app, "call.playback.ended"), p => p.Contains("\"file_not_found\""));
        Assert.Equal(["Please leave a message."], await CallPlayedAudio.SpokenToContactAsync(app, call));
    }

    [Fact]
    public async Task With_nobody_available_the_call_goes_to_voicemail()
    {
        await AgentAsync("off@crm.test", "+13125550172", available: false);

        var call = await CallInAsync(c => c.Status == CallStatus.Ended && c.Recordings.Count == 1);

        Assert.Equal(CallOutcome.Voicemail, call.Outcome);
        Assert.True(call.Recordings.Single().IsVoicemail);
    }

    [Fact]
    public async Task After_hours_the_call_goes_to_voicemail_even_with_agents_available()
    {
        await AgentAsync("ann@crm.test", "+13125550171");
        // Open one minute a week, at a time that is not now.
        var now = TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));
        var closedDay = now.AddDays(3).DayOfWeek;
        await RouteAsync(r => r.Hours = $"{BusinessHoursText.DayName(closedDay)} 03:00-03:01");

        var call = await CallInAsync(c => c.Status == CallStatus.Ended && c.Recordings.Count == 1);

        Assert.Equal(CallOutcome.Voicemail, call.Outcome);
        Assert.DoesNotContain(call.Legs, l => l.Role == CallLegRole.Agent);
    }

    [Fact]
    public async Task A_menu_key_rings_only_that_keys_agents()
    {
        // The sandbox's caller presses 1 at a menu. The call lasts 6 s: on a busy CI machine the 1.5 s caller hung up
        // during the menu, before the agent's phone was answered, and the call ended missed.
        app.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 6_000;
        await AgentAsync("support@crm.test", "+13125550175");
        var sales = await AgentAsync("sales@crm.test", "+13125550176");
        await RouteAsync(r =>
        {
            r.MenuGreeting = "For sales press 1, for support press 2.";
            r.MenuOptions = "1 Sales: sales@crm.test\n2 Support: support@crm.test";
        });

        var call = await CallInAsync(c => c.Status == CallStatus.Ended);

        Assert.Equal(("1", sales, CallOutcome.Completed), (call.MenuChoice, call.AgentUserId, call.Outcome));
        Assert.Equal([sales], call.Legs.Where(l => l.Role == CallLegRole.Agent).Select(l => l.AgentUserId));
    }

    [Fact]
    public async Task A_caller_who_hangs_up_at_the_menu_is_a_missed_call_not_an_answered_one()
    {
        await AgentAsync("sales@crm.test", "+13125550176");
        await RouteAsync(r => { r.MenuGreeting = "For sales press 1."; r.MenuOptions = "1 Sales: sales@crm.test"; });
        // The sandbox's caller presses 1 after 600 ms; here they hang up first.
        var result = await app.Services.GetRequiredService<SandboxRunner>()
            .RunAsync<ReceiveInboundCall, ReceiveInboundCall.Result>(r => r.CallAsync(Caller, Company));
        await Eventually.ReturnsAsync(() => app.WithDbAsync(db => db.Calls.AnyAsync(c => c.RoutedByApp)), routed => routed);
        Assert.True((await app.Services.GetRequiredService<SandboxRunner>()
            .RunAsync<ContactHangsUp, CrmTelnyx.Sandbox.Control.ControlOutcome>(h => h.HangUpAsync(result.CallControlId!))).Accepted);

        var call = await Eventually.ReturnsAsync(() => app.WithDbAsync(db => db.Calls.AsNoTracking().Include(c => c.Legs).SingleAsync()),
            c => c.Status == CallStatus.Ended, TimeSpan.FromSeconds(30));
        Assert.Equal((CallOutcome.Missed, (DateTime?)null, (int?)null), (call.Outcome, call.AnsweredAt, call.DurationSeconds));
    }

    private static string PhoneDigits(string text) => new(text.Where(char.IsDigit).ToArray());
}
