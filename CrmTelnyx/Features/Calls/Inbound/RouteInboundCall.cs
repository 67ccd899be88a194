using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Features.Calls.Routing;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>
/// Answers a call to a company number by its route (<see cref="InboundRouter"/>): rings the available agents'
/// phones (all at once, or one at a time), bridges the first who answers and releases the others; after hours, on a
/// holiday, with nobody available or when nobody answers, plays the number's greeting and records a voicemail.
/// Runs after <see cref="RecordCallEvent"/> has saved the leg; its commands are idempotent (<see cref="CallCommands"/>).
/// </summary>
public sealed class RouteInboundCall(
    CrmDbContext db, CallCommands commands, InboundRules rules, IncomingCallAlerts alerts, CallAudioUrls audio, TimeProvider time, ILiveNotifier live,
    ILogger<RouteInboundCall> logger) : IWebhookEventHandler
{
    /// <summary>The spoken greeting; the uploaded recording is its own step, so the spoken one can follow it if Telnyx cannot play it.</summary>
    public const string GreetingStep = "greeting", GreetingAudioStep = "greeting-audio";
    public const string MenuStep = "menu", MenuAgainStep = "menu-again";

    public IReadOnlyCollection<string> EventTypes { get; } =
        [TelnyxEventTypes.CallInitiated, TelnyxEventTypes.CallAnswered, TelnyxEventTypes.CallSpeakEnded, TelnyxEventTypes.CallPlaybackEnded, TelnyxEventTypes.CallGatherEnded, TelnyxEventTypes.CallHangup];

    public int Order => 1;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<CallEventPayload>();
        if (string.IsNullOrEmpty(payload.CallControlId)) return;
        var leg = await db.CallLegs.Include(l => l.Call).ThenInclude(c => c!.Legs)
            .SingleOrDefaultAsync(l => l.CallControlId == payload.CallControlId, cancellationToken);
        if (leg?.Call is not { Direction: CallDirection.Inbound } call) return;
        var caller = call.Legs.First(l => l.Role == CallLegRole.Contact);
        var step = CallClientState.Read(payload.ClientState)?.Step;

        try
        {
            switch (webhookEvent.EventType)
            {
                case TelnyxEventTypes.CallInitiated when leg.Role == CallLegRole.Contact && payload.Direction == "incoming":
                    await RouteAsync(call, caller, cancellationToken);
                    break;
                case TelnyxEventTypes.CallAnswered when leg.Role == CallLegRole.Agent:
                    await AgentAnsweredAsync(call, caller, leg, cancellationToken);
                    break;
                case TelnyxEventTypes.CallAnswered when leg.Role == CallLegRole.Contact && call.Outcome == CallOutcome.Voicemail:
                    await GreetAsync(call, caller, await rules.RouteForAsync(call.To, cancellationToken), cancellationToken);
                    break;
                case TelnyxEventTypes.CallSpeakEnded when leg.Role == CallLegRole.Contact && step == GreetingStep:
                case TelnyxEventTypes.CallPlaybackEnded when leg.Role == CallLegRole.Contact && step == GreetingAudioStep && RecordingPlayback.Played(payload.Status):
                    await RecordVoicemailAsync(call, caller, cancellationToken);
                    break;
                case TelnyxEventTypes.CallPlaybackEnded when leg.Role == CallLegRole.Contact && step == GreetingAudioStep && RecordingPlayback.SpeakInstead(payload.Status):
                    // The recording could not be played (gone, unreachable, unreadable): the caller hears the spoken greeting instead.
                    logger.LogWarning("Inbound call {CallId}: the uploaded greeting was not played ({Status}); speaking the text greeting", call.Id, payload.Status);
                    await commands.SpeakAsync(call, caller, (await rules.RouteForAsync(call.To, cancellationToken)).VoicemailGreeting, GreetingStep, cancellationToken);
                    break;
                case TelnyxEventTypes.CallGatherEnded when leg.Role == CallLegRole.Contact && step is MenuStep or MenuAgainStep:
                    await MenuKeyAsync(call, caller, payload.Digits ?? "", step == MenuAgainStep, cancellationToken);
                    break;
                case TelnyxEventTypes.CallHangup when leg.Role == CallLegRole.Contact:
                    foreach (var agent in call.Legs.Where(l => l.Role == CallLegRole.Agent))
                        await commands.HangUpAsync(call, agent, $"hangup-{agent.CallControlId}", cancellationToken);
                    break;
                case TelnyxEventTypes.CallHangup when leg.Role == CallLegRole.Agent:
                    await AgentLegEndedAsync(call, caller, leg, cancellationToken);
                    break;
            }
        }
        catch (TelnyxException e)
        {
            // The caller must not be left in silence: their leg is ended and the reason kept with the call.
            logger.LogWarning(e, "Inbound call {CallId}: {EventType} could not be acted on", call.Id, webhookEvent.EventType);
            call.Error ??= e.UserMessage;
            await db.SaveChangesAsync(cancellationToken);
            await commands.HangUpQuietlyAsync(call, caller, "hangup-after-error", cancellationToken);
        }
    }

    private async Task RouteAsync(Call call, CallLeg caller, CancellationToken cancellationToken)
    {
        if (call.Legs.Any(l => l.Role == CallLegRole.Agent) || call.Outcome is not null) return; // Routed already (a repeated event).
        call.RoutedByApp = true;
        call.ContactId ??= await db.Contacts.Where(c => c.Phone == call.From && c.DeletedAt == null).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var route = await rules.RouteForAsync(call.To, cancellationToken);
        var (rule, problem) = await rules.RuleOfAsync(route, cancellationToken);
        if (rule is null) logger.LogWarning("The route of {Number} cannot be read ({Problem}): its calls go to voicemail", call.To, problem);
        var available = await rules.AvailableAsync(cancellationToken);
        var decision = rule is null
            ? new RoutingDecision.Voicemail(VoicemailReason.NoAgentAvailable)
            : InboundRouter.Decide(rule, time.GetUtcNow(), available.Select(a => a.UserId).ToList(), route.LastRungAgentId, menuDigit: null);
        await db.SaveChangesAsync(cancellationToken);

        // Answered once, with the call's tag, so every later event of the caller's leg names its call and step.
        await commands.AnswerAsync(call, caller, cancellationToken);
        await ActOnAsync(call, caller, route, available, decision, cancellationToken);
    }

    private async Task ActOnAsync(Call call, CallLeg caller, InboundRoute route, IReadOnlyList<InboundRules.Available> available, RoutingDecision decision, CancellationToken cancellationToken)
    {
        switch (decision)
        {
            case RoutingDecision.Ring ring:
                // Round robin's next call starts after whoever went first on this one, not after a retry's agent.
                if (route.Id != 0 && !call.Legs.Any(l => l.Role == CallLegRole.Agent)) route.LastRungAgentId = ring.AgentIds[0];
                await db.SaveChangesAsync(cancellationToken);
                foreach (var agentId in ring.AgentIds)
                {
                    var phone = available.First(a => a.UserId == agentId).Phone;
                    var dialled = await commands.DialAgentAsync(call, agentId, phone, (int)ring.Timeout.TotalSeconds, cancellationToken);
                    await CallLegRows.AddIfMissingAsync(db, call, dialled.CallControlId, CallLegRole.Agent, phone, time, cancellationToken, agentId);
                    await alerts.RingingAsync(call, agentId, cancellationToken);
                }
                break;
            case RoutingDecision.PlayMenu menu:
                await commands.GatherMenuKeyAsync(call, caller, menu.Text, menu.IsReplay ? MenuAgainStep : MenuStep, cancellationToken);
                break;
            default:
                // Voicemail: the greeting plays once the caller's leg is answered (or now, if it already is).
                call.Outcome = CallOutcome.Voicemail;
                await db.SaveChangesAsync(cancellationToken);
                if (caller.AnsweredAt is not null) await GreetAsync(call, caller, route, cancellationToken);
                break;
        }
        await live.PublishCallAsync(call, cancellationToken);
    }

    /// <summary>The number's uploaded greeting if it has one, else its text spoken; the voicemail recording starts when it ends.</summary>
    private Task GreetAsync(Call call, CallLeg caller, InboundRoute route, CancellationToken cancellationToken) =>
        commands.PlayOrSpeakAsync(call, caller, route.GreetingAudioFile is { } file ? audio.Uploaded(file) : null, GreetingAudioStep,
            route.VoicemailGreeting, GreetingStep, cancellationToken);

    private async Task RecordVoicemailAsync(Call call, CallLeg caller, CancellationToken cancellationToken)
    {
        var transcribe = await db.CallSettings.AsNoTracking().Select(s => s.Transcribe).SingleAsync(cancellationToken);
        await commands.StartRecordingAsync(call, caller, transcribe, "voicemail", cancellationToken);
    }

    /// <summary>The caller pressed a key (or none) in the number's menu: ring that key's agents, replay the menu once, or voicemail.</summary>
    private async Task MenuKeyAsync(Call call, CallLeg caller, string digits, bool replayed, CancellationToken cancellationToken)
    {
        if (call.Legs.Any(l => l.Role == CallLegRole.Agent) || call.Outcome is not null) return; // Acted on already.
        var route = await rules.RouteForAsync(call.To, cancellationToken);
        var (rule, _) = await rules.RuleOfAsync(route, cancellationToken);
        var available = await rules.AvailableAsync(cancellationToken);
        var decision = rule is null
            ? new RoutingDecision.Voicemail(VoicemailReason.NoAgentAvailable)
            : InboundRouter.Decide(rule, time.GetUtcNow(), available.Select(a => a.UserId).ToList(), route.LastRungAgentId, digits, replayed);
        if (decision is RoutingDecision.Ring) call.MenuChoice = digits;
        await ActOnAsync(call, caller, route, available, decision, cancellationToken);
    }

    private async Task AgentAnsweredAsync(Call call, CallLeg caller, CallLeg agent, CancellationToken cancellationToken)
    {
        if (call.TransferredTo is not null) return; // A transfer's target: Telnyx connects it to the caller.
        // First to answer takes the call; anyone later is released.
        if (call.AgentUserId is not null && call.AgentUserId != agent.AgentUserId || caller.State == CallStates.Hangup || call.Outcome == CallOutcome.Voicemail)
        {
            await commands.HangUpAsync(call, agent, $"release-{agent.CallControlId}", cancellationToken);
            return;
        }
        call.AgentUserId = agent.AgentUserId;
        call.AgentPhone = agent.To;
        await db.SaveChangesAsync(cancellationToken);
        await commands.BridgeAsync(call, agent, caller, cancellationToken);
        foreach (var other in call.Legs.Where(l => l.Role == CallLegRole.Agent && l.Id != agent.Id))
            await commands.HangUpAsync(call, other, $"release-{other.CallControlId}", cancellationToken);
        await alerts.TakenAsync(call, cancellationToken);
        await live.PublishCallAsync(call, cancellationToken);
    }

    private async Task AgentLegEndedAsync(Call call, CallLeg caller, CallLeg agent, CancellationToken cancellationToken)
    {
        if (caller.State == CallStates.Hangup) return;
        if (call.TransferredTo is not null)
        {
            // Transferred: the agent who took it is let go; the caller's call ends with the target's leg.
            var target = call.Legs.Where(l => l.Role == CallLegRole.Agent).MaxBy(l => l.Id);
            if (agent.Id == target?.Id && agent.AnsweredAt is not null) await commands.HangUpAsync(call, caller, "hangup-caller", cancellationToken);
            return;
        }
        if (call.AgentUserId == agent.AgentUserId && agent.AnsweredAt is not null)
        {
            await commands.HangUpAsync(call, caller, "hangup-caller", cancellationToken); // The agent ended the conversation.
            return;
        }
        // Still ringing someone, taken, or already in voicemail: nothing to do until the whole round has ended.
        var agents = call.Legs.Where(l => l.Role == CallLegRole.Agent).ToList();
        if (call.AgentUserId is not null || call.Outcome is not null || agents.Any(l => l.State != CallStates.Hangup)) return;

        var route = await rules.RouteForAsync(call.To, cancellationToken);
        var (rule, _) = await rules.RuleOfAsync(route, cancellationToken);
        var available = await rules.AvailableAsync(cancellationToken);
        var decision = rule is null
            ? new RoutingDecision.Voicemail(VoicemailReason.NobodyAnswered)
            : InboundRouter.AfterNoAnswer(rule, available.Select(a => a.UserId).ToList(), agents.Select(l => l.AgentUserId!).ToList(), call.MenuChoice);
        await ActOnAsync(call, caller, route, available, decision, cancellationToken);
    }
}
