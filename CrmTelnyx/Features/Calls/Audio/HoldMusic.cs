namespace CrmTelnyx.Features.Calls.Audio;

/// <summary>
/// What a contact on hold hears: eight seconds of soft chords (C, A minor, F, G), made here rather than shipped as a
/// file so the repository holds no licensed audio. Telnyx loops it until the agent resumes. 8 kHz 16-bit mono WAV,
/// the telephone's own quality, so nothing is lost or resampled on the way.
/// </summary>
public static class HoldMusic
{
    public const string FileName = "hold-music.wav";

    private const int SampleRate = 8000;
    private const double ChordSeconds = 2;

    private static readonly double[][] Chords =
    [
        [261.63, 329.63, 392.00], // C
        [220.00, 261.63, 329.63], // A minor
        [174.61, 220.00, 261.63], // F
        [196.00, 246.94, 293.66], // G
    ];

    private static readonly Lazy<byte[]> Bytes = new(Make);

    public static byte[] Wav => Bytes.Value;

    private static byte[] Make()
    {
        var perChord = (int)(SampleRate * ChordSeconds);
        var samples = new short[perChord * Chords.Length];
        for (var c = 0; c < Chords.Length; c++)
        for (var i = 0; i < perChord; i++)
        {
            var t = (double)i / SampleRate;
            // Swells in and fades out over each chord, so the loop has no click where it starts again.
            var envelope = Math.Sin(Math.PI * i / perChord);
            var sum = Chords[c].Sum(f => Math.Sin(2 * Math.PI * f * t));
            samples[c * perChord + i] = (short)(sum / Chords[c].Length * envelope * 0.3 * short.MaxValue);
        }
        return Wave(samples);
    }

    private static byte[] Wave(short[] samples)
    {
        using var stream = new MemoryStream(44 + samples.Length * 2);
        using var w = new BinaryWriter(stream);
        w.Write("RIFF"u8);
        w.Write(36 + samples.Length * 2);
        w.Write("WAVE"u8);
        w.Write("fmt "u8);
        w.Write(16);                 // PCM header size
        w.Write((short)1);           // PCM
        w.Write((short)1);           // mono
        w.Write(SampleRate);
        w.Write(SampleRate * 2);     // bytes per second
        w.Write((short)2);           // bytes per sample frame
        w.Write((short)16);          // bits per sample
        w.Write("data"u8);
        w.Write(samples.Length * 2);
        foreach (var s in samples) w.Write(s);
        w.Flush();
        return stream.ToArray();
    }
}
