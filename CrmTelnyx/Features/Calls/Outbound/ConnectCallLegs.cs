using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Recording;
using CrmTelnyx.Features.Calls.Settings;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Outbound;

/// <summary>
/// Moves a "call my phone first" call along as Telnyx reports each step: the agent answers → dial the contact; the
/// contact answers (a person, by machine detection) → speak the recording announcement where the contact's state wants
/// everyone's consent → bridge the legs and record; either side hangs up → hang up the other. Runs after
/// <see cref="RecordCallEvent"/> has saved the leg, and every command it sends is idempotent (<see cref="CallCommands"/>).
/// </summary>
public sealed class ConnectCallLegs(CrmDbContext db, CallCommands commands, ILiveNotifier live, TimeProvider time, ILogger<ConnectCallLegs> logger)
    : IWebhookEventHandler
{
    public const string AnnounceStep = "announce";
    /// <summary>The prepared voicemail spoken; the uploaded recording is its own step, so the spoken one can follow it if Telnyx cannot play it.</summary>
    public const string VoicemailDropStep = "drop", VoicemailDropAudioStep = "drop-audio";

    public IReadOnlyCollection<string> EventTypes { get; } =
    [
        TelnyxEventTypes.CallAnswered, TelnyxEventTypes.CallHangup, TelnyxEventTypes.CallSpeakEnded, TelnyxEventTypes.CallPlaybackEnded,
        TelnyxEventTypes.CallMachineDetectionEnded, TelnyxEventTypes.CallMachinePremiumDetectionEnded,
    ];

    public int Order => 1;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<CallEventPayload>();
        if (CallClientState.Read(payload.ClientState) is not { } tag) return; // Not a leg the app placed.
        var call = await db.Calls.Include(c => c.Legs).SingleOrDefaultAsync(c => c.Id == tag.CallId, cancellationToken);
        if (call is null || call.Direction == CallDirection.Inbound) return; // Inbound calls: RouteInboundCall.
        // The first agent leg is the agent's own phone; a later one is a transfer's target.
        var agent = call.Legs.OrderBy(l => l.Id).FirstOrDefault(l => l.Role == CallLegRole.Agent);
        var contact = call.Legs.FirstOrDefault(l => l.Role == CallLegRole.Contact);

        try
        {
            switch (webhookEvent.EventType)
            {
                case TelnyxEventTypes.CallAnswered when tag.Role == CallLegRole.Agent:
                    await DialContactAsync(call, agent!, contact, cancellationToken);
                    break;
                case TelnyxEventTypes.CallAnswered when tag.Role == CallLegRole.Contact:
                    if (agent is null || agent.State == CallStates.Hangup) await commands.HangUpAsync(call, contact!, "hangup-contact", cancellationToken);
                    else if (!(await SettingsAsync(cancellationToken)).DetectAnsweringMachines) await ConnectAsync(call, agent, contact!, cancellationToken);
                    break;
                case TelnyxEventTypes.CallMachineDetectionEnded or TelnyxEventTypes.CallMachinePremiumDetectionEnded when tag.Role == CallLegRole.Contact:
                    await MachineDetectedAsync(call, agent, contact!, payload.Result, cancellationToken);
                    break;
                case TelnyxEventTypes.CallSpeakEnded when tag is { Role: CallLegRole.Contact, Step: AnnounceStep } && agent is not null:
                    await BridgeAndRecordAsync(call, agent, contact!, cancellationToken);
                    break;
                case TelnyxEventTypes.CallSpeakEnded when tag is { Role: CallLegRole.Contact, Step: VoicemailDropStep }:
                case TelnyxEventTypes.CallPlaybackEnded when tag is { Role: CallLegRole.Contact, Step: VoicemailDropAudioStep } && RecordingPlayback.Played(payload.Status):
                    await commands.HangUpAsync(call, contact!, "hangup-after-drop", cancellationToken);
                    break;
                case TelnyxEventTypes.CallPlaybackEnded when tag is { Role: CallLegRole.Contact, Step: VoicemailDropAudioStep } && RecordingPlayback.SpeakInstead(payload.Status):
                    // The recording could not be played: the machine gets the spoken text instead.
                    logger.LogWarning("Call {CallId}: the recorded voicemail was not played ({Status}); speaking the text", call.Id, payload.Status);
                    var text = await db.CallSettings.AsNoTracking().Select(s => s.VoicemailDrop).SingleAsync(cancellationToken);
                    await commands.SpeakAsync(call, contact!, text, VoicemailDropStep, cancellationToken);
                    break;
                // After a transfer the agent's own leg is let go while the contact talks on: only the target's end ends the call.
                case TelnyxEventTypes.CallHangup when tag.Role == CallLegRole.Agent && call.TransferredTo is not null && payload.CallControlId == agent?.CallControlId:
                    break;
                case TelnyxEventTypes.CallHangup:
                    await HangUpOtherSideAsync(call, tag.Role == CallLegRole.Agent ? contact : agent, cancellationToken);
                    break;
            }
        }
        catch (TelnyxException e)
        {
            // The agent sees why on the panel, and the call ends instead of leaving someone on a silent line.
            logger.LogWarning(e, "Call {CallId}: {EventType} could not be acted on", call.Id, webhookEvent.EventType);
            call.Error ??= e.UserMessage;
            await db.SaveChangesAsync(cancellationToken);
            await live.PublishCallAsync(call, cancellationToken);
            foreach (var leg in call.Legs) await commands.HangUpQuietlyAsync(call, leg, $"hangup-{leg.Role}-after-error", cancellationToken);
        }
    }

    private async Task DialContactAsync(Call call, CallLeg agent, CallLeg? contact, CancellationToken cancellationToken)
    {
        if (contact is not null || call.Status == CallStatus.Ended) return;
        var amd = (await SettingsAsync(cancellationToken)).DetectAnsweringMachines ? "detect" : null;
        var dialled = await commands.DialAsync(call, CallLegRole.Contact, call.To, amd, cancellationToken);
        await CallLegRows.AddIfMissingAsync(db, call, dialled.CallControlId, CallLegRole.Contact, call.To, time, cancellationToken);
        call.CallControlId ??= dialled.CallControlId;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task MachineDetectedAsync(Call call, CallLeg? agent, CallLeg contact, string? result, CancellationToken cancellationToken)
    {
        call.AnsweringMachineResult ??= result;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishCallAsync(call, cancellationToken);
        // On a machine the agent chooses: leave the prepared voicemail, or talk to the machine themselves.
        if (result == "machine" || agent is null || agent.State == CallStates.Hangup) return;
        await ConnectAsync(call, agent, contact, cancellationToken);
    }

    /// <summary>Bridges the agent to the contact, after the recording announcement when the contact's state needs it.</summary>
    public async Task ConnectAsync(Call call, CallLeg agent, CallLeg contact, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(cancellationToken);
        var state = call.ContactId is { } id ? await db.Contacts.Where(c => c.Id == id).Select(c => c.State).SingleOrDefaultAsync(cancellationToken) : null;
        if (settings.Recording != RecordingMode.Never && RecordingConsent.AnnouncementNeeded(call.To, state).Needed)
        {
            call.ConsentAnnounced = true;
            await db.SaveChangesAsync(cancellationToken);
            await commands.SpeakAsync(call, contact, RecordingConsent.AnnouncementText, AnnounceStep, cancellationToken);
            return; // call.speak.ended with the announce step bridges.
        }
        await BridgeAndRecordAsync(call, agent, contact, cancellationToken);
    }

    private async Task BridgeAndRecordAsync(Call call, CallLeg agent, CallLeg contact, CancellationToken cancellationToken)
    {
        if (agent.State == CallStates.Hangup || contact.State == CallStates.Hangup) return;
        var settings = await SettingsAsync(cancellationToken);
        await commands.BridgeAsync(call, agent, contact, cancellationToken);
        if (settings.Recording == RecordingMode.Always)
            await commands.StartRecordingAsync(call, contact, settings.Transcribe, "record", cancellationToken);
    }

    private async Task HangUpOtherSideAsync(Call call, CallLeg? other, CancellationToken cancellationToken)
    {
        // While the voicemail drop plays the agent may leave: the contact's leg hangs up when the message ends.
        if (other is null || (other.Role == CallLegRole.Contact && call.Outcome == CallOutcome.Voicemail)) return;
        await commands.HangUpAsync(call, other, $"hangup-{other.Role}", cancellationToken);
    }

    private CallSettings? settings;

    /// <summary>Read once per event (the handler lives for one event's scope), however many steps consult it.</summary>
    private async Task<CallSettings> SettingsAsync(CancellationToken cancellationToken) =>
        settings ??= await db.CallSettings.AsNoTracking().SingleAsync(cancellationToken);
}
