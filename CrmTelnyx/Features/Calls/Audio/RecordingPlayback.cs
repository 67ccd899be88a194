namespace CrmTelnyx.Features.Calls.Audio;

/// <summary>
/// How an uploaded recording played on a call ended (call.playback.ended's status), for the places that speak their
/// text instead when it could not be played: the voicemail greeting and the prepared voicemail.
/// </summary>
public static class RecordingPlayback
{
    /// <summary>Heard to the end.</summary>
    public static bool Played(string? status) => status is null or "completed";

    /// <summary>Not heard (file_not_found, failed…) while the call is still up: the text should be spoken instead.</summary>
    public static bool SpeakInstead(string? status) => !Played(status) && status != "call_hangup";
}
