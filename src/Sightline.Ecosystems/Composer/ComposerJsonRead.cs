using System.Text.Json;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Composer;

/// <summary>Small, strict accessors over composer.json / composer.lock elements.</summary>
internal static class ComposerJsonRead
{
    // Composer itself accepts strict JSON only: no comments, no trailing commas.
    public static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    public static string? String(JsonElement parent, string property) =>
        parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A "name": "constraint" map in file order; a missing or empty ([]) map is empty.</summary>
    public static List<(string Name, string Constraint)> Map(JsonElement parent, string property, string where)
    {
        var entries = new List<(string, string)>();
        if (!parent.TryGetProperty(property, out var map) || map.ValueKind == JsonValueKind.Null)
        {
            return entries;
        }

        // PHP's json_encode writes an empty map as [].
        if (map.ValueKind == JsonValueKind.Array && map.GetArrayLength() == 0)
        {
            return entries;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestFormatException($"{where}: \"{property}\" must be an object of name → constraint");
        }

        foreach (var entry in map.EnumerateObject())
        {
            entries.Add((entry.Name, entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : entry.Value.ToString()));
        }

        return entries;
    }
}
