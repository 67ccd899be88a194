namespace CrmTelnyx.Features.Calls;

/// <summary>
/// A recording of a call (or a voicemail): known from call.recording.saved, then copied into the app's storage at once,
/// since Telnyx's download links expire in minutes.
/// </summary>
public sealed class CallRecording
{
    public long Id { get; set; }

    public long CallId { get; set; }

    public Call? Call { get; set; }

    /// <summary>Telnyx's recording_id. Unique: a repeated webhook finds the same row.</summary>
    public required string TelnyxRecordingId { get; set; }

    public bool IsVoicemail { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public int? DurationSeconds { get; set; }

    /// <summary>Telnyx's temporary download link, kept until the file is stored.</summary>
    public string? SourceUrl { get; set; }

    /// <summary>The stored file, relative to the recordings folder; null until downloaded.</summary>
    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public long? SizeBytes { get; set; }

    /// <summary>pending, stored or failed (<see cref="RecordingStatus"/>).</summary>
    public string Status { get; set; } = RecordingStatus.Pending;

    public int DownloadAttempts { get; set; }

    public string? Error { get; set; }

    public string? Transcript { get; set; }

    /// <summary>A voicemail someone has listened to or marked read.</summary>
    public bool IsRead { get; set; }
}

public static class RecordingStatus
{
    public const string Pending = "pending";
    public const string Stored = "stored";
    public const string Failed = "failed";
}
