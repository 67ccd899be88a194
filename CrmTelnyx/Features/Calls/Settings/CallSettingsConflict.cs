using CrmTelnyx.Data;

namespace CrmTelnyx.Features.Calls.Settings;

/// <summary>
/// Someone else saved the call settings after this form was loaded. Nothing was saved; the person reloads
/// <see cref="Theirs"/>, or saves their own values again at <see cref="Version"/>.
/// </summary>
/// <param name="Changes">Each setting they changed to something other than this form holds, in words.</param>
public sealed record CallSettingsConflict(long Version, CallSettingsForm Theirs, IReadOnlyList<FieldChange> Changes, string? ChangedBy, DateTime? ChangedAt)
{
    /// <param name="loaded">The form as it was loaded, so only what they changed counts; without it, every setting that differs.</param>
    public static CallSettingsConflict Between(CallSettings saved, CallSettingsForm yours, CallSettingsForm? loaded = null)
    {
        var theirs = CallSettingsForm.From(saved);
        var changes = Fields
            .Where(f => loaded is null || f.Value(loaded) != f.Value(theirs))
            .Select(f => new FieldChange(f.Field, f.Label, f.Value(theirs), f.Value(yours)))
            .Where(c => c.Theirs != c.Yours)
            .ToList();
        return new(saved.Version, theirs, changes, saved.UpdatedBy, saved.UpdatedAt);
    }

    private static readonly (string Field, string Label, Func<CallSettingsForm, string> Value)[] Fields =
    [
        (nameof(CallSettingsForm.Recording), "Recording", f => RecordingName(f.Recording)),
        (nameof(CallSettingsForm.DetectAnsweringMachines), "Answering-machine detection", f => f.DetectAnsweringMachines ? "on" : "off"),
        (nameof(CallSettingsForm.Transcribe), "Transcripts", f => f.Transcribe ? "on" : "off"),
        (nameof(CallSettingsForm.VoicemailDrop), "Prepared voicemail", f => f.VoicemailDrop.Trim()),
        // Compared as saved, so a blank line or stray space is no change.
        (nameof(CallSettingsForm.Dispositions), "Dispositions", f => string.Join('\n', CallSettingsForm.DispositionLines(f.Dispositions))),
    ];

    public static string RecordingName(RecordingMode mode) => mode switch
    {
        RecordingMode.Always => "Always",
        RecordingMode.OnDemand => "On demand",
        RecordingMode.Never => "Never",
        _ => mode.ToString(),
    };
}
