using System.Security.Claims;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Features.Calls.Outbound;
using CrmTelnyx.Features.Calls.Panel;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Identity;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Outbound;

/// <summary>
/// "Call my phone first" through the sandbox, end to end: the app rings the agent's phone, dials the contact when the
/// agent answers, bridges them, and the legs' signed webhooks carry the call to its end and its cost.
/// </summary>
public sealed class CallMyPhoneFirstTests : IAsyncLifetime
{
    private const string AgentPhone = "+13125550177";
    private readonly CrmAppFactory app = new();
    private ClaimsPrincipal agent = new();

    public async Task InitializeAsync()
    {
        app.Settings["Sandbox:CallDurationMs"] = "1200";
        app.Settings["Sandbox:CallAnswerDelayMs"] = "100";
        app.StartKestrel();
        var user = await app.CreateUserAsync("agent@crm.test", "Agent-Passw0rd", AppRoles.Agent);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, AgentPhone)));
        agent = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Role, AppRoles.Agent)], "test"));
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private Task<long> AddContactAsync(string phone, string state, ConsentStatus consent = ConsentStatus.Unknown) => app.WithDbAsync(async db =>
    {
        var contact = new Contact { FirstName = "Dana", LastName = "Reyes", Phone = phone, State = state, Consent = consent, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        contact.RefreshSearchKeys();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    });

    private async Task<PlaceCall.Result> PlaceAsync(PlaceCall.Request request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlaceCall>().RunAsync(agent, request);
    }

    private async Task<string?> ActAsync<T>(Func<T, Task<string?>> run) where T : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<T>());
    }

    private Task<Call> CallWhenAsync(long id, Func<Call, bool> done) => Eventually.ReturnsAsync(
        () => app.WithDbAsync(db => db.Calls.AsNoTracking().Include(c => c.Legs).SingleAsync(c => c.Id == id)), done, TimeSpan.FromSeconds(30));

    [Fact]
    public async Task The_agents_phone_rings_first_then_the_contact_and_the_call_ends_completed_with_its_cost()
    {
        // Texas needs only one party's consent: no announcement.
        var contactId = await AddContactAsync("+15125550199", "TX");

        var placed = await PlaceAsync(new PlaceCall.Request(contactId, null, null, false));

        Assert.Null(placed.Error);
        var call = await CallWhenAsync(placed.Call!.Id, c => c.Status == CallStatus.Ended && c.Cost is not null && c.Legs.All(l => l.Cost is not null));
        Assert.Equal((CallOutcome.Completed, CallDirection.Outbound, SandboxAccount.SeedNumbers[0], "+15125550199"), (call.Outcome, call.Direction, call.From, call.To));
        Assert.Equal(contactId, call.ContactId);
        var legs = call.Legs.OrderBy(l => l.Id).ToList();
        Assert.Equal([(CallLegRole.Agent, AgentPhone), (CallLegRole.Contact, "+15125550199")], legs.Select(l => (l.Role, l.To)));
        Assert.All(legs, l => Assert.Equal(CallStates.Hangup, l.State));
        Assert.True(legs[0].AnsweredAt <= legs[1].StartedAt, "the contact is dialled only once the agent has answered");
        Assert.Equal("human", call.AnsweringMachineResult);
        Assert.False(call.ConsentAnnounced);
        Assert.True(call.DurationSeconds >= 1);
        Assert.Equal(legs.Sum(l => l.Cost!.Value), call.Cost);
    }

    [Fact]
    public async Task A_contact_in_an_all_party_consent_state_hears_the_recording_announcement_before_the_agent_is_put_through()
    {
        var contactId = await AddContactAsync("+14155550199", "CA");

        var placed = await PlaceAsync(new PlaceCall.Request(contactId, null, null, false));

        var call = await CallWhenAsync(placed.Call!.Id, c => c.Status == CallStatus.Ended);
        Assert.True(call.ConsentAnnounced);
        Assert.Equal(CallOutcome.Completed, call.Outcome);
    }

    [Fact]
    public async Task On_an_answering_machine_the_agent_leaves_the_prepared_voicemail_and_the_call_ends_as_voicemail()
    {
        var placed = await PlaceAsync(new PlaceCall.Request(null, "(312) 555-0003", null, false));

        var answered = await CallWhenAsync(placed.Call!.Id, c => c.AnsweringMachineResult is not null);
        Assert.Equal("machine", answered.AnsweringMachineResult);
        Assert.Null(await ActAsync<AnsweringMachineChoice>(c => c.LeaveVoicemailAsync(agent, answered.Id)));

        var call = await CallWhenAsync(answered.Id, c => c.Status == CallStatus.Ended);
        Assert.Equal((CallOutcome.Voicemail, "Left voicemail"), (call.Outcome, call.Disposition));
    }

    [Fact]
    public async Task An_uploaded_voicemail_recording_is_played_to_the_machine_and_the_text_is_spoken_if_Telnyx_cannot_fetch_it()
    {
        // The machine listens 6 s: the failed fetch and the spoken text come after the agent's choice, which on a busy
        // machine took longer than the class's 1.2 s calls. The app hangs up once the message ends, so no test waits 6 s.
        app.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 6_000;
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<CrmTelnyx.Features.Calls.Settings.SaveVoicemailDropAudio>()
                .UploadAsync(CrmTelnyx.Tests.Features.TextCenter.TextSenders.WithRole(AppRoles.Admin), "drop.wav", HoldMusic.Wav.Length, new MemoryStream(HoldMusic.Wav)));
        var file = await app.WithDbAsync(db => db.CallSettings.Select(s => s.VoicemailDropAudioFile).SingleAsync());

        var played = await LeaveVoicemailOnAMachineAsync();

        Assert.Contains(await CallPlayedAudio.PayloadsAsync(app, "call.playback.ended"), p => p.Contains($"/call-audio/uploads/{file}") && p.Contains("\"completed\""));
        Assert.Empty(await CallPlayedAudio.SpokenToContactAsync(app, played));

        // The stored file is gone (a restore without it): Telnyx cannot fetch it, so the machine hears the text.
        File.Delete(app.Services.GetRequiredService<UploadedAudioFiles>().PathOf(file!)!);
        var spoken = await LeaveVoicemailOnAMachineAsync();

        Assert.Equal([await app.WithDbAsync(db => db.CallSettings.Select(s => s.VoicemailDrop).SingleAsync())], await CallPlayedAudio.SpokenToContactAsync(app, spoken));
    }

    private async Task<Call> LeaveVoicemailOnAMachineAsync()
    {
        var placed = await PlaceAsync(new PlaceCall.Request(null, "(312) 555-0003", null, false));
        var answered = await CallWhenAsync(placed.Call!.Id, c => c.AnsweringMachineResult is not null);
        Assert.Null(await ActAsync<AnsweringMachineChoice>(c => c.LeaveVoicemailAsync(agent, answered.Id)));
        var call = await CallWhenAsync(answered.Id, c => c.Status == CallStatus.Ended);
        Assert.Equal(CallOutcome.Voicemail, call.Outcome);
        return call;
    }

    [Fact]
    public async Task A_busy_contact_ends_the_call_as_busy_and_frees_the_agents_phone()
    {
        var placed = await PlaceAsync(new PlaceCall.Request(null, "+13125550001", null, false));

        var call = await CallWhenAsync(placed.Call!.Id, c => c.Status == CallStatus.Ended && c.Legs.Count == 2 && c.Legs.All(l => l.State == CallStates.Hangup));
        Assert.Equal(CallOutcome.Busy, call.Outcome);
        Assert.Null(call.AnsweredAt);
    }

    [Fact]
    public async Task The_agent_hangs_up_from_the_panel()
    {
        app.Settings["Sandbox:CallDurationMs"] = "60000";
        var placed = await PlaceAsync(new PlaceCall.Request(null, "+13125550188", null, false));
        var answered = await CallWhenAsync(placed.Call!.Id, c => c.Status == CallStatus.Answered);

        Assert.Null(await ActAsync<HangUpCall>(h => h.RunAsync(agent, answered.Id)));

        var call = await CallWhenAsync(answered.Id, c => c.Status == CallStatus.Ended);
        Assert.Equal(CallOutcome.Completed, call.Outcome);
        Assert.Equal("The call has ended.", await ActAsync<HangUpCall>(h => h.RunAsync(agent, answered.Id)));
    }

    [Fact]
    public async Task The_agent_puts_the_contact_on_hold_with_music_resumes_and_the_time_on_hold_is_kept_with_the_call()
    {
        app.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 60000;
        var placed = await PlaceAsync(new PlaceCall.Request(null, "+13125550188", null, false));
        var answered = await CallWhenAsync(placed.Call!.Id, c => c.Status == CallStatus.Answered && c.Legs.Any(l => l.State == CallStates.Bridged));

        Assert.Null(await ActAsync<HoldCall>(h => h.HoldAsync(agent, answered.Id)));
        var held = await CallWhenAsync(answered.Id, c => c.HeldSince is not null);
        var music = Assert.Single(await CallPlayedAudio.PayloadsAsync(app, "call.playback.started"));
        Assert.Contains("/call-audio/hold-music.wav", music);
        Assert.Contains(held.Legs.Single(l => l.Role == CallLegRole.Contact).CallControlId, music);
        Assert.Equal("The contact is already on hold.", await ActAsync<HoldCall>(h => h.HoldAsync(agent, answered.Id)));
        await Task.Delay(1100);

        Assert.Null(await ActAsync<HoldCall>(h => h.ResumeAsync(agent, answered.Id)));
        var resumed = await CallWhenAsync(answered.Id, c => c.HeldSince is null);
        Assert.True(resumed.HeldSeconds >= 1, $"held {resumed.HeldSeconds} s");
        Assert.Equal(CallStatus.Answered, resumed.Status);
        Assert.Equal("The contact is not on hold.", await ActAsync<HoldCall>(h => h.ResumeAsync(agent, answered.Id)));

        // Held again and hung up on hold: the second hold ends with the call and is added too.
        Assert.Null(await ActAsync<HoldCall>(h => h.HoldAsync(agent, answered.Id)));
        await CallWhenAsync(answered.Id, c => c.HeldSince is not null);
        await Task.Delay(1100);
        Assert.Null(await ActAsync<HangUpCall>(h => h.RunAsync(agent, answered.Id)));
        var ended = await CallWhenAsync(answered.Id, c => c.Status == CallStatus.Ended);
        Assert.Null(ended.HeldSince);
        Assert.True(ended.HeldSeconds >= resumed.HeldSeconds + 1, $"held {ended.HeldSeconds} s in all");
    }

    [Fact]
    public async Task The_agent_transfers_the_contact_to_a_number_and_is_let_go_while_the_contact_talks_on()
    {
        app.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 4000;
        var placed = await PlaceAsync(new PlaceCall.Request(null, "+13125550188", null, false));
        var answered = await CallWhenAsync(placed.Call!.Id, c => c.Status == CallStatus.Answered && c.Legs.Any(l => l.State == CallStates.Bridged));

        Assert.Null(await ActAsync<TransferCall>(t => t.RunAsync(agent, answered.Id, null, "(312) 555-0189")));

        var handedOver = await CallWhenAsync(answered.Id, c => c.Legs.Count == 3 && c.Legs.Any(l => l.To == "+13125550189" && l.AnsweredAt != null)
            && c.Legs.Single(l => l.To == AgentPhone).State == CallStates.Hangup);
        Assert.Equal(("(312) 555-0189", CallStatus.Answered), (handedOver.TransferredTo, handedOver.Status));
        Assert.NotEqual(CallStates.Hangup, handedOver.Legs.Single(l => l.Role == CallLegRole.Contact).State);
        Assert.Equal("The call was already transferred to (312) 555-0189.", await ActAsync<TransferCall>(t => t.RunAsync(agent, answered.Id, null, "+13125550190")));

        var call = await CallWhenAsync(answered.Id, c => c.Status == CallStatus.Ended && c.Legs.All(l => l.State == CallStates.Hangup));
        Assert.Equal(CallOutcome.Completed, call.Outcome);
    }

    [Fact]
    public async Task A_transfer_to_another_agent_rings_their_own_phone_and_only_people_with_a_phone_are_offered()
    {
        app.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 4000;
        var colleague = await app.CreateUserAsync("colleague@crm.test", "Agent-Passw0rd", AppRoles.Agent);
        await app.CreateUserAsync("nophone@crm.test", "Agent-Passw0rd", AppRoles.Agent);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == colleague.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, "+13125550178")));
        var placed = await PlaceAsync(new PlaceCall.Request(null, "+13125550188", null, false));
        var answered = await CallWhenAsync(placed.Call!.Id, c => c.Status == CallStatus.Answered && c.Legs.Any(l => l.State == CallStates.Bridged));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var targets = await scope.ServiceProvider.GetRequiredService<TransferCall>().TargetsAsync(agent);
            Assert.Equal([colleague.Id], targets.Select(t => t.UserId));
        }
        Assert.Null(await ActAsync<TransferCall>(t => t.RunAsync(agent, answered.Id, colleague.Id, null)));

        var handedOver = await CallWhenAsync(answered.Id, c => c.Legs.Any(l => l.AgentUserId == colleague.Id && l.AnsweredAt != null));
        Assert.Equal(("colleague", "+13125550178"), (handedOver.TransferredTo, handedOver.Legs.Single(l => l.AgentUserId == colleague.Id).To));
        var call = await CallWhenAsync(answered.Id, c => c.Status == CallStatus.Ended);
        Assert.Equal(CallOutcome.Completed, call.Outcome);
    }

    [Fact]
    public async Task An_opted_out_contact_is_called_only_with_an_override_which_is_recorded()
    {
        var contactId = await AddContactAsync("+13125550166", "IL", ConsentStatus.OptedOut);

        var refused = await PlaceAsync(new PlaceCall.Request(contactId, null, null, false));
        Assert.True(refused.NeedsOverride);
        Assert.Null(refused.Call);
        Assert.Equal(0, await app.WithDbAsync(db => db.Calls.CountAsync()));

        var placed = await PlaceAsync(new PlaceCall.Request(contactId, null, null, true));
        Assert.Null(placed.Error);
        Assert.Equal("agent@crm.test", placed.Call!.OptOutOverriddenBy);
    }

    [Fact]
    public async Task Without_the_agents_own_phone_nothing_is_dialled_and_the_agent_is_told_why()
    {
        await app.WithDbAsync(db => db.Users.ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, (string?)null)));

        var result = await PlaceAsync(new PlaceCall.Request(null, "+13125550199", null, false));

        Assert.StartsWith("Set your phone number first", result.Error);
        Assert.Equal(0, await app.WithDbAsync(db => db.Calls.CountAsync()));
    }
}
