namespace CrmTelnyx.Features.Calls.Audio;

/// <summary>
/// The two formats Telnyx plays (playback_start takes WAV or MP3), told apart by the file's first bytes rather than
/// its name, so a renamed document is refused before a caller hears silence.
/// </summary>
public sealed record AudioFormat(string Extension, string ContentType)
{
    public static readonly AudioFormat Mp3 = new("mp3", "audio/mpeg");
    public static readonly AudioFormat Wav = new("wav", "audio/wav");

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 12;

    public static AudioFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WAVE"u8)) return Wav;
        // An ID3 tag, or an MPEG audio frame's sync word (11 set bits).
        if (head.Length >= 3 && head[..3].SequenceEqual("ID3"u8)) return Mp3;
        if (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0) return Mp3;
        return null;
    }

    public static AudioFormat? OfStoredName(string fileName) =>
        fileName.EndsWith(".wav", StringComparison.Ordinal) ? Wav : fileName.EndsWith(".mp3", StringComparison.Ordinal) ? Mp3 : null;
}
