using System.Text.Json;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Npm;

/// <summary>Shared JSON reading settings and typed accessors that fail with a clear message.</summary>
internal static class JsonLimits
{
    /// <summary>Bounded depth: a hostile, deeply nested file fails cleanly instead of exhausting the stack.</summary>
    public static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 256,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static string? OptionalString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool Flag(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>An optional object property; absent or null gives false, another kind is a format error.</summary>
    public static bool TryGetObject(JsonElement element, string property, out JsonElement value, string? context = null)
    {
        if (!element.TryGetProperty(property, out value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            var where = context is null ? string.Empty : $" in '{context}'";
            throw new ManifestFormatException($"'{property}'{where} must be an object, not {value.ValueKind}");
        }

        return true;
    }
}
