namespace CrmTelnyx.Tests.Features.Calls.Recordings;

/// <summary>Signed-webhook bodies for a call and its recording, shaped as Telnyx sends them.</summary>
internal static class RecordingEvents
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz");

    private static string Envelope(string eventId, string eventType, DateTimeOffset at, string payload) => $$$"""
        {"data":{"event_type":"{{{eventType}}}","id":"{{{eventId}}}","occurred_at":"{{{Time(at)}}}","record_type":"event","payload":{{{{payload}}}}},
         "meta":{"attempt":1,"delivered_to":"https://crm.example/webhooks/telnyx"}}
        """;

    public static string CallInitiated(string eventId, string callControlId) => Envelope(eventId, "call.initiated", Start, $$"""
        "call_control_id":"{{callControlId}}","call_leg_id":"leg-{{callControlId}}","call_session_id":"session-{{callControlId}}",
        "connection_id":"1494404757140276705","from":"+13125550141","to":"+13125550199","direction":"outgoing","state":"bridging",
        "start_time":"{{Time(Start)}}"
        """);

    /// <summary>As Telnyx's spec has it: the leg and session, no call_control_id.</summary>
    public static string RecordingSaved(string eventId, string callControlId, string recordingId, string? mp3Url, string? wavUrl) =>
        Envelope(eventId, "call.recording.saved", Start.AddSeconds(70), $$"""
        "call_leg_id":"leg-{{callControlId}}","call_session_id":"session-{{callControlId}}","connection_id":"1494404757140276705",
        "recording_id":"{{recordingId}}","channels":"dual",
        "recording_started_at":"{{Time(Start.AddSeconds(5))}}","recording_ended_at":"{{Time(Start.AddSeconds(70))}}",
        "recording_urls":{"mp3":{{Json(mp3Url)}},"wav":{{Json(wavUrl)}}},"public_recording_urls":{"mp3":null,"wav":null}
        """);

    public static string TranscriptionSaved(string eventId, string callControlId, string recordingId, string text) =>
        Envelope(eventId, "call.recording.transcription.saved", Start.AddSeconds(90), $$"""
        "call_control_id":"{{callControlId}}","call_leg_id":"leg-{{callControlId}}","call_session_id":"session-{{callControlId}}",
        "recording_id":"{{recordingId}}","transcription_text":{{Json(text)}}
        """);

    private static string Json(string? value) => value is null ? "null" : System.Text.Json.JsonSerializer.Serialize(value);
}
