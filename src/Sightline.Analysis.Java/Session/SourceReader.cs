using System.Text;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Java.Session;

/// <summary>Reads a file as UTF-8; invalid bytes are replaced and said so.</summary>
internal static class SourceReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, string? Skipped, string? Warning) Read(IRepositoryFiles repository, string path, long maxBytes)
    {
        byte[] bytes;
        try
        {
            using var stream = repository.OpenRead(path);
            using var memory = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > maxBytes)
                {
                    return (null, $"over the {maxBytes / 1024} KiB limit (generated code?)", null);
                }
            }

            bytes = memory.ToArray();
        }
        catch (Exception ex) when (ex is RepositoryFileException or IOException or UnauthorizedAccessException)
        {
            return (null, "cannot be read: " + ex.Message, null);
        }

        var start = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return (Strict.GetString(bytes, start, bytes.Length - start), null, null);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.UTF8.GetString(bytes, start, bytes.Length - start), null, path + ": invalid UTF-8, decoded with replacement characters");
        }
    }
}
