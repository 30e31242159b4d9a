namespace Sightline.Notify.Delivery;

/// <summary>Reads a response body up to a limit: an endpoint streaming forever cannot exhaust memory.</summary>
internal static class BoundedBody
{
    /// <returns>The bytes read (at most <paramref name="max"/>) and whether the body was longer.</returns>
    public static async Task<(byte[] Bytes, bool Truncated)> ReadAsync(HttpContent content, int max, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > max)
        {
            return ([], true);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken);
        await using (stream)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            while (true)
            {
                var read = await stream.ReadAsync(chunk, cancellationToken);
                if (read == 0)
                {
                    return (buffer.ToArray(), false);
                }

                var room = max - (int)buffer.Length;
                if (read > room)
                {
                    buffer.Write(chunk, 0, room);
                    return (buffer.ToArray(), true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
    }
}
