using CrmTelnyx.Hosting;

namespace CrmTelnyx.Features.Calls.Recordings;

/// <summary>Where recordings are kept: &lt;data folder&gt;/recordings/&lt;yyyy&gt;/&lt;MM&gt;/&lt;id&gt;.&lt;ext&gt;, and their formats.</summary>
public sealed class RecordingFiles(DataFolder dataFolder)
{
    public const string Mp3 = "audio/mpeg";
    public const string Wav = "audio/wav";

    public string Folder { get; } = dataFolder.Combine("recordings");

    /// <summary>The stored file's name, relative to <see cref="Folder"/> (what <see cref="CallRecording.FileName"/> holds).</summary>
    public static string FileNameFor(long recordingId, DateTime startedAt, string contentType) =>
        $"{startedAt:yyyy}/{startedAt:MM}/{recordingId}.{(contentType == Wav ? "wav" : "mp3")}";

    public string PathOf(string fileName) => Path.Combine(Folder, fileName.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A file to download into; moved into place only once complete, so a half-written file is never served.</summary>
    public string NewIncomingPath()
    {
        var incoming = Path.Combine(Folder, ".incoming");
        Directory.CreateDirectory(incoming);
        return Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".part");
    }

    /// <summary>audio/mpeg or audio/wav: from the answer's media type, else the link's extension, else mp3 (Telnyx's default).</summary>
    public static string ContentTypeOf(string? mediaType, string url) => mediaType?.ToLowerInvariant() switch
    {
        "audio/mpeg" or "audio/mp3" => Mp3,
        "audio/wav" or "audio/x-wav" or "audio/wave" or "audio/vnd.wave" => Wav,
        _ => Path.GetExtension(new Uri(url).AbsolutePath).Equals(".wav", StringComparison.OrdinalIgnoreCase) ? Wav : Mp3,
    };
}
