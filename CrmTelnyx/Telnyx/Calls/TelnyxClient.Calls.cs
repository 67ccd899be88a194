namespace CrmTelnyx.Telnyx;

public sealed partial class TelnyxClient
{
    /// <summary>POST /calls. Never blindly retried: a 500 may mean the phone is already ringing.</summary>
    public Task<TelnyxCall> DialAsync(DialCallRequest request, CancellationToken cancellationToken = default) =>
        DataAsync<TelnyxCall>(HttpMethod.Post, "calls", request, cancellationToken);

    public Task<TelnyxCall> GetCallAsync(string callControlId, CancellationToken cancellationToken = default) =>
        GetDataAsync<TelnyxCall>($"calls/{Escape(callControlId)}", cancellationToken);

    public Task<CallActionResult> AnswerAsync(string callControlId, AnswerCallRequest? request = null, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "answer", request ?? new AnswerCallRequest(), cancellationToken);

    public Task<CallActionResult> HangupAsync(string callControlId, HangupCallRequest? request = null, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "hangup", request ?? new HangupCallRequest(), cancellationToken);

    public Task<CallActionResult> RejectAsync(string callControlId, RejectCallRequest request, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "reject", request, cancellationToken);

    public Task<CallActionResult> TransferAsync(string callControlId, TransferCallRequest request, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "transfer", request, cancellationToken);

    public Task<CallActionResult> BridgeAsync(string callControlId, BridgeCallRequest request, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "bridge", request, cancellationToken);

    public Task<CallActionResult> StartRecordingAsync(string callControlId, StartRecordingRequest? request = null, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "record_start", request ?? new StartRecordingRequest(), cancellationToken);

    public Task<CallActionResult> StopRecordingAsync(string callControlId, StopRecordingRequest? request = null, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "record_stop", request ?? new StopRecordingRequest(), cancellationToken);

    public Task<CallActionResult> SpeakAsync(string callControlId, SpeakRequest request, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "speak", request, cancellationToken);

    public Task<CallActionResult> SendDtmfAsync(string callControlId, SendDtmfRequest request, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "send_dtmf", request, cancellationToken);

    public Task<CallActionResult> GatherUsingSpeakAsync(string callControlId, GatherUsingSpeakRequest request, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "gather_using_speak", request, cancellationToken);

    public Task<CallActionResult> StartPlaybackAsync(string callControlId, StartPlaybackRequest request, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "playback_start", request, cancellationToken);

    public Task<CallActionResult> StopPlaybackAsync(string callControlId, StopPlaybackRequest? request = null, CancellationToken cancellationToken = default) =>
        CallActionAsync(callControlId, "playback_stop", request ?? new StopPlaybackRequest(), cancellationToken);

    private Task<CallActionResult> CallActionAsync(string callControlId, string action, CallActionRequest request, CancellationToken cancellationToken) =>
        DataAsync<CallActionResult>(HttpMethod.Post, $"calls/{Escape(callControlId)}/actions/{action}", request, cancellationToken);
}
