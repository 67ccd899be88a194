namespace CrmTelnyx.Features.Calls.Audio;

/// <summary>
/// The checks every recording uploaded for calls goes through before it is stored: not empty, at most 5 MB (counted as
/// it is read, whatever size the browser declared), and MP3 or WAV by its first bytes rather than its name.
/// </summary>
public sealed class StoreUploadedAudio(UploadedAudioFiles files)
{
    public static readonly string TooLarge = $"The recording is larger than {UploadedAudioFiles.MaxBytes / 1024 / 1024} MB: shorten it or save it at a lower bit rate.";

    public sealed record Stored(string FileName, string ShownName);

    /// <param name="size">The upload's declared size, checked first so a huge file is refused without reading it.</param>
    public async Task<(Stored? Stored, string? Error)> RunAsync(string fileName, long size, Stream audio, CancellationToken cancellationToken)
    {
        if (size > UploadedAudioFiles.MaxBytes) return (null, TooLarge);
        // Read into memory (at most 5 MB) so the format check and the stored file are the same bytes.
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await audio.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > UploadedAudioFiles.MaxBytes) return (null, TooLarge);
            copy.Write(buffer, 0, read);
        }
        var shown = Path.GetFileName(fileName);
        if (copy.Length == 0) return (null, $"“{shown}” is empty.");
        if (AudioFormat.Detect(copy.GetBuffer().AsSpan(0, (int)Math.Min(copy.Length, AudioFormat.HeaderLength))) is not { } format)
            return (null, $"“{shown}” is not an MP3 or WAV recording: Telnyx plays only those. Export it from your recorder as MP3 or WAV.");

        copy.Position = 0;
        var stored = await files.SaveAsync(copy, format, cancellationToken);
        return (new Stored(stored, shown.Length <= 255 ? shown : shown[..255]), null);
    }
}
