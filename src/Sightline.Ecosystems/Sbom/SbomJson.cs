using System.Globalization;
using System.Text.Json;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Sbom;

/// <summary>JSON access shared by both readers: loading under a size cap, format detection, lenient field reads.</summary>
internal static class SbomJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        // Generators are not always strict; comments and trailing commas cost nothing to accept.
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    /// <summary>
    /// Reads the whole document, refusing it past <paramref name="maxBytes"/> before parsing, so a huge
    /// file costs a length check, not memory.
    /// </summary>
    public static JsonDocument Load(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw new ManifestFormatException(TooLarge(stream.Length, maxBytes));
        }

        if (stream.CanSeek)
        {
            // Known length: one exact buffer instead of a growing copy.
            var bytes = new byte[stream.Length - stream.Position];
            stream.ReadExactly(bytes);
            return JsonDocument.Parse(bytes, Options);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ManifestFormatException(TooLarge(buffer.Length + read, maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), Options);
    }

    private static string TooLarge(long size, long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"SBOM is larger than the {maxBytes:N0}-byte limit (at least {size:N0} bytes); not read");

    public static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static IEnumerable<JsonElement> Array(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static JsonElement Object(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : default;

    /// <summary>The strongest of (algorithm, hex) pairs as "sha512:&lt;hex&gt;"; weaker hashes only when nothing else is given.</summary>
    public static string? Integrity(IEnumerable<(string? Algorithm, string? Hex)> hashes)
    {
        string? best = null;
        var bestRank = int.MaxValue;
        foreach (var (algorithm, hex) in hashes)
        {
            if (string.IsNullOrEmpty(algorithm) || string.IsNullOrEmpty(hex))
            {
                continue;
            }

            var name = algorithm.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            var rank = System.Array.IndexOf(Ranked, name) is var i and >= 0 ? i : Ranked.Length;
            if (rank < bestRank)
            {
                bestRank = rank;
                best = name + ":" + hex.ToLowerInvariant();
            }
        }

        return best;
    }

    private static readonly string[] Ranked = ["sha512", "sha384", "sha256", "sha3512", "sha3384", "sha3256", "sha1", "md5"];
}
