using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Data;

namespace CrmTelnyx.Features.Calls.Settings;

/// <summary>How the company calls, edited by admins on the Settings page (one row).</summary>
public sealed class CallSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public RecordingMode Recording { get; set; } = RecordingMode.OnDemand;

    /// <summary>Detect answering machines on outbound calls, so the agent can leave a prepared voicemail.</summary>
    public bool DetectAnsweringMachines { get; set; } = true;

    /// <summary>Transcribe recordings and voicemails through Telnyx (charged per minute).</summary>
    public bool Transcribe { get; set; }

    /// <summary>What the agent can pick after a call, one per line.</summary>
    [MaxLength(2000)]
    public string Dispositions { get; set; } = "Connected\nLeft voicemail\nNo answer\nWrong number\nCall back later\nNot interested";

    /// <summary>Spoken to an answering machine when the agent leaves the prepared voicemail.</summary>
    [MaxLength(1000)]
    public string VoicemailDrop { get; set; } = "Hello, this is a message from our office. Please call us back at your convenience. Thank you.";

    /// <summary>An uploaded recording played to answering machines instead of <see cref="VoicemailDrop"/> (stored name, see <see cref="Audio.UploadedAudioFiles"/>).</summary>
    public string? VoicemailDropAudioFile { get; set; }

    public string? VoicemailDropAudioName { get; set; }

    public DateTime? UpdatedAt { get; set; }

    [MaxLength(256)]
    public string? UpdatedBy { get; set; }

    public long Version { get; set; }

    public IReadOnlyList<string> DispositionList =>
        Dispositions.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public enum RecordingMode
{
    /// <summary>Every call from the moment the contact answers.</summary>
    Always,
    /// <summary>When the agent presses Record.</summary>
    OnDemand,
    Never,
}
