using System.Text.Json;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.NuGet;

/// <summary>Typed access to JSON values that names the JSON path when a value has the wrong type.</summary>
internal static class JsonRead
{
    public static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static IEnumerable<JsonProperty> Object(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject()
            : throw Wrong(path, "an object", element);

    public static IEnumerable<JsonProperty> OptionalObject(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Object(value, path + "." + name)
            : [];

    public static string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Wrong(path + "." + name, "a string", value);
    }

    public static int Int(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw new ManifestFormatException($"'{name}' is missing at {path}");
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Wrong(path + "." + name, "an integer", value);
    }

    public static List<KeyValuePair<string, string>> StringMap(JsonElement parent, string name, string path)
    {
        var map = new List<KeyValuePair<string, string>>();
        foreach (var entry in OptionalObject(parent, name, path))
        {
            map.Add(new(entry.Name, entry.Value.ValueKind == JsonValueKind.String
                ? entry.Value.GetString()!
                : throw Wrong($"{path}.{name}.{entry.Name}", "a string", entry.Value)));
        }

        return map;
    }

    public static ManifestFormatException Wrong(string path, string expected, JsonElement found) =>
        new($"expected {expected} at {path}, found {found.ValueKind.ToString().ToLowerInvariant()}");
}
