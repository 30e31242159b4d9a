using System.Globalization;
using System.Text.Json;
using Sightline.Core.Extraction;

namespace Sightline.Advisories.Osv;

/// <summary>Typed reads of OSV fields: a wrong kind is an <see cref="ManifestFormatException"/> naming the field.</summary>
internal static class OsvValues
{
    /// <summary>A string field; a number is taken as its text, because YAML writes versions like 1.0 unquoted.</summary>
    public static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? AsString(value, name) : null;

    public static string? AsString(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => null,
        _ => throw new ManifestFormatException($"'{name}' must be a string, found {OsvRecordReader.Describe(value.ValueKind)}"),
    };

    public static DateTimeOffset? Timestamp(JsonElement parent, string name)
    {
        var text = String(parent, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // RFC 3339; DateTimeOffset also takes the fractional seconds of any length that real records carry.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : throw new ManifestFormatException($"'{name}' is not an RFC 3339 timestamp: '{text}'");
    }

    public static IReadOnlyList<string> Strings(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new ManifestFormatException($"'{name}' must be an array, found {OsvRecordReader.Describe(value.ValueKind)}");
        }

        var list = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (AsString(item, name) is { } text)
            {
                list.Add(text);
            }
        }

        return list;
    }

    public static IReadOnlyList<T> Objects<T>(JsonElement parent, string name, Func<JsonElement, T> read)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new ManifestFormatException($"'{name}' must be an array, found {OsvRecordReader.Describe(value.ValueKind)}");
        }

        var list = new List<T>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ManifestFormatException($"'{name}' entries must be objects, found {OsvRecordReader.Describe(item.ValueKind)}");
            }

            list.Add(read(item));
        }

        return list;
    }

    /// <summary>An open object (ecosystem_specific, database_specific) kept as its JSON text.</summary>
    public static string? ObjectText(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? value.GetRawText()
            : throw new ManifestFormatException($"'{name}' must be an object, found {OsvRecordReader.Describe(value.ValueKind)}");
    }
}
