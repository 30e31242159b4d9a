namespace Sightline.Core.Extraction;

/// <summary>Reading a whole stream under a size cap, without ever holding more than the cap (plus one chunk).</summary>
public static class BoundedRead
{
    /// <summary>The stream's remaining bytes; null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? All(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
