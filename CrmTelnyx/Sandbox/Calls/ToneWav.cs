namespace CrmTelnyx.Sandbox.Calls;

/// <summary>A short 440 Hz tone as a 16-bit mono 8 kHz WAV: what every sandbox recording sounds like.</summary>
public static class ToneWav
{
    private const int SampleRate = 8000;

    public static byte[] Create(double seconds)
    {
        var samples = (int)(SampleRate * Math.Clamp(seconds, 0.5, 10));
        using var stream = new MemoryStream(44 + samples * 2);
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + samples * 2);
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16);             // PCM header size
        writer.Write((short)1);       // PCM
        writer.Write((short)1);       // mono
        writer.Write(SampleRate);
        writer.Write(SampleRate * 2); // bytes per second
        writer.Write((short)2);       // block align
        writer.Write((short)16);      // bits per sample
        writer.Write("data"u8);
        writer.Write(samples * 2);
        for (var i = 0; i < samples; i++)
            writer.Write((short)(Math.Sin(2 * Math.PI * 440 * i / SampleRate) * short.MaxValue * 0.3));
        writer.Flush();
        return stream.ToArray();
    }
}
