using Sightline.Core.Extraction;
using System.Text;

namespace Sightline.Fleet.Yaml;

/// <summary>Bounded reading and decoding of the text files this assembly parses.</summary>
internal static class YamlText
{
    /// <summary>Largest file a public parser reads from a stream.</summary>
    public const int DefaultMaxBytes = 8 * 1024 * 1024;

    /// <summary>Reads at most <paramref name="maxBytes"/>; null when the stream holds more.</summary>
    public static byte[]? ReadBounded(Stream stream, int maxBytes) => BoundedRead.All(stream, maxBytes);

    /// <summary>UTF-8 (or UTF-16 with a byte-order mark) to text; null for binary content (NUL bytes).</summary>
    public static string? Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var wide = encoding.GetString(bytes, 2, bytes.Length - 2);
            return wide.Contains('\0', StringComparison.Ordinal) ? null : wide;
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>
    /// Reads and decodes a stream, or says why not: the public parsers' common first step.
    /// </summary>
    public static string? ReadText(Stream stream, int maxBytes, out string? refusal)
    {
        refusal = null;
        var bytes = ReadBounded(stream, maxBytes);
        if (bytes is null)
        {
            refusal = $"file is over the {maxBytes / (1024 * 1024)} MiB limit; not parsed";
            return null;
        }

        var text = Decode(bytes);
        if (text is null)
        {
            refusal = "binary content (NUL bytes), not a text file; not parsed";
        }

        return text;
    }

    /// <summary>Whether a line starts with the key (e.g. "kind:"), at the start of a line: a cheap Kubernetes sniff.</summary>
    public static bool HasTopLevelKey(string text, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = 0;
        while ((at = text.IndexOf(key, at, StringComparison.Ordinal)) >= 0)
        {
            if (at == 0 || text[at - 1] == '\n')
            {
                return true;
            }

            at += key.Length;
        }

        return false;
    }
}
