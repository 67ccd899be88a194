using System.Text;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>
/// A file's bytes made while they are read: a head, then one byte repeated, then a tail. Tests send 50 MB cells and
/// bodies past the upload limit without holding them; with <c>knownLength: false</c> it cannot say its length, so
/// HttpClient sends it chunked.
/// </summary>
public sealed class GeneratedStream(string head, long repeat, byte fill, string tail, bool knownLength = true) : Stream
{
    private readonly byte[] headBytes = Encoding.UTF8.GetBytes(head);
    private readonly byte[] tailBytes = Encoding.UTF8.GetBytes(tail);
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => knownLength;
    public override bool CanWrite => false;
    public override long Length => knownLength ? headBytes.Length + repeat + tailBytes.Length : throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => position = knownLength && value == 0 ? 0 : throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            var target = buffer[written..];
            int n;
            if (position < headBytes.Length) n = Copy(headBytes.AsSpan((int)position), target);
            else if (position < headBytes.Length + repeat)
            {
                n = (int)Math.Min(target.Length, headBytes.Length + repeat - position);
                target[..n].Fill(fill);
            }
            else if (position < headBytes.Length + repeat + tailBytes.Length) n = Copy(tailBytes.AsSpan((int)(position - headBytes.Length - repeat)), target);
            else break;
            position += n;
            written += n;
        }
        return written;
    }

    public override long Seek(long offset, SeekOrigin origin) => offset == 0 && origin == SeekOrigin.Begin ? Position = 0 : throw new NotSupportedException();
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static int Copy(ReadOnlySpan<byte> from, Span<byte> to)
    {
        var n = Math.Min(from.Length, to.Length);
        from[..n].CopyTo(to);
        return n;
    }
}
