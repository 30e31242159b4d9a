using Sightline.Core.Extraction;

namespace Sightline.Advisories.Osv;

/// <summary>
/// Reads at most a given number of bytes from an inner stream and fails beyond it: a zip entry's declared
/// size can lie, so the expanded bytes themselves are counted.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit, string what) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("a bounded read-only stream");

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException("a bounded read-only stream");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        BytesRead += read;
        if (BytesRead > limit)
        {
            throw new ManifestFormatException($"{what} expands beyond {limit / (1024 * 1024)} MiB; refused as a possible zip bomb");
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a bounded read-only stream");

    public override void SetLength(long value) => throw new NotSupportedException("a bounded read-only stream");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("a bounded read-only stream");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
