using System.Globalization;

namespace CrmTelnyx.Features.Calls.Settings;

/// <summary>The Settings page's "Calls" fields, with the version they were loaded at and each field's rule.</summary>
public sealed class CallSettingsForm
{
    public RecordingMode Recording { get; set; }

    public bool DetectAnsweringMachines { get; set; }

    public bool Transcribe { get; set; }

    /// <summary>Spoken to an answering machine when the agent leaves the prepared voicemail.</summary>
    public string VoicemailDrop { get; set; } = "";

    /// <summary>One disposition per line, as typed.</summary>
    public string Dispositions { get; set; } = "";

    public long Version { get; set; }

    public const int VoicemailMaxLength = 1000;
    public const int DispositionMaxLength = 100;
    public const int MaximumDispositions = 30;
    /// <summary>The column's size: all the lines together, with their line breaks.</summary>
    public const int DispositionsMaxLength = 2000;

    public static CallSettingsForm From(CallSettings settings) => new()
    {
        Recording = settings.Recording,
        DetectAnsweringMachines = settings.DetectAnsweringMachines,
        Transcribe = settings.Transcribe,
        VoicemailDrop = settings.VoicemailDrop,
        Dispositions = settings.Dispositions,
        Version = settings.Version,
    };

    public CallSettingsForm Copy() => (CallSettingsForm)MemberwiseClone();

    public void ApplyTo(CallSettings settings)
    {
        settings.Recording = Recording;
        settings.DetectAnsweringMachines = DetectAnsweringMachines;
        settings.Transcribe = Transcribe;
        settings.VoicemailDrop = VoicemailDrop.Trim();
        settings.Dispositions = string.Join('\n', DispositionLines(Dispositions));
    }

    /// <summary>The dispositions as saved: each line trimmed, blank lines dropped.</summary>
    public static IReadOnlyList<string> DispositionLines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? RecordingError(RecordingMode mode) =>
        Enum.IsDefined(mode) ? null : "Choose Always, On demand or Never.";

    /// <param name="required">Needed only when answering-machine detection is on: without it no voicemail is left.</param>
    public static string? VoicemailError(string? text, bool required) =>
        required && string.IsNullOrWhiteSpace(text) ? "Write the voicemail the agent can leave on an answering machine (or turn detection off)."
        : (text?.Trim().Length ?? 0) > VoicemailMaxLength ? $"At most {VoicemailMaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters; this is {text!.Trim().Length.ToString("N0", CultureInfo.InvariantCulture)}."
        : null;

    public static string? DispositionsError(string? text)
    {
        var lines = DispositionLines(text);
        if (lines.Count == 0) return "Enter at least one disposition, one per line.";
        if (lines.Count > MaximumDispositions) return $"At most {MaximumDispositions} dispositions; this is {lines.Count}.";
        if (lines.FirstOrDefault(l => l.Length > DispositionMaxLength) is { } tooLong)
            return $"\"{Shortened(tooLong)}\" is longer than {DispositionMaxLength} characters.";
        if (lines.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"\"{twice.Key}\" is listed twice; keep one.";
        if (string.Join('\n', lines).Length > DispositionsMaxLength)
            return $"At most {DispositionsMaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters in all.";
        return null;
    }

    private static string Shortened(string line) => line.Length <= 40 ? line : line[..40] + "…";

    /// <summary>Why each field cannot be saved, by property name; empty when all can.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        void Check(string field, string? error)
        {
            if (error is not null) errors[field] = error;
        }
        Check(nameof(Recording), RecordingError(Recording));
        Check(nameof(VoicemailDrop), VoicemailError(VoicemailDrop, required: DetectAnsweringMachines));
        Check(nameof(Dispositions), DispositionsError(Dispositions));
        return errors;
    }
}
