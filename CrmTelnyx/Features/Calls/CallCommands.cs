using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Calls;

/// <summary>
/// The Call Control commands the app sends on a call's legs. Each carries a command_id named after the call and the
/// step, so a webhook handled twice (or a retried request) cannot act twice at Telnyx. A leg that has already ended
/// is not an error here: its hangup webhook is on the way.
/// </summary>
public sealed class CallCommands(TelnyxClient telnyx, ITelnyxConnectionSource connection, ILogger<CallCommands> logger)
{
    /// <summary>Telnyx's "Call has already ended".</summary>
    private const string AlreadyEnded = "90018";

    public Task<TelnyxCall> DialAsync(Call call, CallLegRole role, string to, string? answeringMachineDetection, CancellationToken cancellationToken) =>
        telnyx.DialAsync(new DialCallRequest(connection.Current.ConnectionId, to, call.From)
        {
            ClientState = new CallClientState(call.Id, role).Encode(),
            CommandId = $"call-{call.Id}-dial-{role}",
            AnsweringMachineDetection = answeringMachineDetection,
            TimeoutSecs = 30,
        }, cancellationToken);

    /// <summary>Rings an agent's phone for an inbound call, showing the company number that was called.</summary>
    public Task<TelnyxCall> DialAgentAsync(Call call, string agentUserId, string phone, int timeoutSeconds, CancellationToken cancellationToken) =>
        telnyx.DialAsync(new DialCallRequest(connection.Current.ConnectionId, phone, call.To)
        {
            ClientState = new CallClientState(call.Id, CallLegRole.Agent, agentUserId).Encode(),
            CommandId = $"call-{call.Id}-ring-{agentUserId}",
            TimeoutSecs = timeoutSeconds,
        }, cancellationToken);

    /// <summary>Answers the caller's leg of an inbound call, tagging it with its call.</summary>
    public Task AnswerAsync(Call call, CallLeg caller, CancellationToken cancellationToken) =>
        telnyx.AnswerAsync(caller.CallControlId, new AnswerCallRequest
        {
            ClientState = new CallClientState(call.Id, CallLegRole.Contact).Encode(),
            CommandId = Id(call, "answer"),
        }, cancellationToken);

    public Task HangUpAsync(Call call, CallLeg leg, string step, CancellationToken cancellationToken) =>
        UnlessEndedAsync(leg, () => telnyx.HangupAsync(leg.CallControlId, new HangupCallRequest { CommandId = Id(call, step) }, cancellationToken));

    public Task BridgeAsync(Call call, CallLeg agent, CallLeg contact, CancellationToken cancellationToken) =>
        telnyx.BridgeAsync(agent.CallControlId, new BridgeCallRequest(contact.CallControlId) { CommandId = Id(call, "bridge") }, cancellationToken);

    /// <param name="step">Echoed back in the speak events' client_state, so the app knows what finished.</param>
    public Task SpeakAsync(Call call, CallLeg leg, string text, string step, CancellationToken cancellationToken) =>
        telnyx.SpeakAsync(leg.CallControlId, new SpeakRequest(text, "AWS.Polly.Joanna")
        {
            ClientState = new CallClientState(call.Id, leg.Role, step).Encode(),
            CommandId = Id(call, step),
        }, cancellationToken);

    /// <summary>Plays audio from a link Telnyx fetches to this leg only; <paramref name="step"/> comes back in call.playback.started/ended.</summary>
    /// <param name="loop">"infinity" to play until <see cref="StopPlaybackAsync"/>; null plays it once.</param>
    public Task PlayAsync(Call call, CallLeg leg, string audioUrl, string step, string? loop, CancellationToken cancellationToken) =>
        telnyx.StartPlaybackAsync(leg.CallControlId, new StartPlaybackRequest
        {
            AudioUrl = audioUrl,
            Loop = loop,
            TargetLegs = "self",
            ClientState = new CallClientState(call.Id, leg.Role, step).Encode(),
            CommandId = Id(call, step),
        }, cancellationToken);

    /// <summary>
    /// An uploaded recording if there is one (played once, under <paramref name="audioStep"/>), else the text spoken under
    /// <paramref name="textStep"/>. Two steps, so the text can still be spoken if the recording cannot be played
    /// (<see cref="Audio.RecordingPlayback.SpeakInstead"/>) without its command_id being taken already.
    /// </summary>
    public Task PlayOrSpeakAsync(Call call, CallLeg leg, string? audioUrl, string audioStep, string text, string textStep, CancellationToken cancellationToken) =>
        audioUrl is not null
            ? PlayAsync(call, leg, audioUrl, audioStep, loop: null, cancellationToken)
            : SpeakAsync(call, leg, text, textStep, cancellationToken);

    public Task StopPlaybackAsync(Call call, CallLeg leg, string step, CancellationToken cancellationToken) =>
        UnlessEndedAsync(leg, () => telnyx.StopPlaybackAsync(leg.CallControlId, new StopPlaybackRequest { Stop = "all", CommandId = Id(call, step) }, cancellationToken));

    /// <summary>Speaks a number's menu and waits for one key; call.gather.ended brings it back with the step.</summary>
    public Task GatherMenuKeyAsync(Call call, CallLeg caller, string text, string step, CancellationToken cancellationToken) =>
        telnyx.GatherUsingSpeakAsync(caller.CallControlId, new GatherUsingSpeakRequest(text, "AWS.Polly.Joanna")
        {
            ClientState = new CallClientState(call.Id, caller.Role, step).Encode(),
            CommandId = Id(call, step),
            MinimumDigits = 1,
            MaximumDigits = 1,
            ValidDigits = "123456789",
            TimeoutMillis = 8000,
            MaximumTries = 1,
        }, cancellationToken);

    /// <summary>Hands the contact's leg to <paramref name="to"/>; the new leg is tagged as the call's, ringing <paramref name="agentUserId"/> when an agent.</summary>
    public Task TransferAsync(Call call, CallLeg contact, string to, string? agentUserId, CancellationToken cancellationToken) =>
        telnyx.TransferAsync(contact.CallControlId, new TransferCallRequest(to)
        {
            From = call.Direction == CallDirection.Outbound ? call.From : call.To,
            TargetLegClientState = new CallClientState(call.Id, CallLegRole.Agent, agentUserId).Encode(),
            CommandId = Id(call, $"transfer-{to}"),
            TimeoutSecs = 30,
        }, cancellationToken);

    public Task StartRecordingAsync(Call call, CallLeg leg, bool transcribe, string step, CancellationToken cancellationToken) =>
        telnyx.StartRecordingAsync(leg.CallControlId, new StartRecordingRequest("mp3", "dual") { CommandId = Id(call, step), Transcription = transcribe ? true : null }, cancellationToken);

    public Task StopRecordingAsync(Call call, CallLeg leg, string step, CancellationToken cancellationToken) =>
        telnyx.StopRecordingAsync(leg.CallControlId, new StopRecordingRequest { CommandId = Id(call, step) }, cancellationToken);

    public Task SendDigitsAsync(Call call, CallLeg leg, string digits, string step, CancellationToken cancellationToken) =>
        telnyx.SendDtmfAsync(leg.CallControlId, new SendDtmfRequest(digits) { CommandId = Id(call, step) }, cancellationToken);

    /// <summary>After a refusal: ends the leg if Telnyx lets it, and otherwise leaves it to Telnyx's own timeouts (the error is already kept with the call).</summary>
    public async Task HangUpQuietlyAsync(Call call, CallLeg leg, string step, CancellationToken cancellationToken)
    {
        try
        {
            await HangUpAsync(call, leg, step, cancellationToken);
        }
        catch (TelnyxException e)
        {
            logger.LogWarning(e, "Could not hang up leg {CallControlId} of call {CallId} either", leg.CallControlId, call.Id);
        }
    }

    private static string Id(Call call, string step) => $"call-{call.Id}-{step}";

    private async Task UnlessEndedAsync(CallLeg leg, Func<Task> command)
    {
        if (leg.State == CallStates.Hangup) return;
        try
        {
            await command();
        }
        catch (TelnyxApiException e) when (e.HasCode(AlreadyEnded))
        {
            logger.LogInformation("Leg {CallControlId} had already ended", leg.CallControlId);
        }
    }
}
