using Sightline.Core.Extraction;
using Tomlyn;
using Tomlyn.Model;

namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>
/// Loads TOML (pyproject.toml, poetry.lock, uv.lock, pdm.lock, Pipfile) into Tomlyn's untyped model and reads
/// it defensively: a value of the wrong kind is a format error naming the key, never a cast exception.
/// </summary>
internal static class TomlReading
{
    public static TomlTable Load(Stream stream)
    {
        try
        {
            return TomlSerializer.Deserialize<TomlTable>(stream) ?? [];
        }
        catch (TomlException ex)
        {
            // Tomlyn prefixes "(line,col) : error : "; the position goes to the error's own fields.
            var message = ex.Message;
            var cut = message.IndexOf(" : error : ", StringComparison.Ordinal);
            var firstLine = (cut >= 0 ? message[(cut + 11)..] : message).Split('\n')[0].Trim();
            throw new ManifestFormatException("invalid TOML: " + firstLine, ex.Line > 0 ? ex.Line : null, ex.Column > 0 ? ex.Column : null, ex);
        }
    }

    public static string? String(TomlTable table, string key) =>
        table.TryGetValue(key, out var value) ? value switch
        {
            null => null,
            string s => s,
            _ => throw Wrong(key, "a string"),
        } : null;

    public static bool Bool(TomlTable table, string key) =>
        table.TryGetValue(key, out var value) && value is bool b && b;

    public static TomlTable? Table(TomlTable table, string key) =>
        table.TryGetValue(key, out var value) ? value switch
        {
            null => null,
            TomlTable t => t,
            _ => throw Wrong(key, "a table"),
        } : null;

    /// <summary>An array of tables, written either as [[key]] or as key = [{...}, {...}].</summary>
    public static IEnumerable<TomlTable> Tables(TomlTable table, string key)
    {
        if (!table.TryGetValue(key, out var value) || value is null)
        {
            return [];
        }

        return value switch
        {
            TomlTableArray array => array,
            TomlArray array => array.Select(item => item as TomlTable ?? throw Wrong(key, "an array of tables")),
            _ => throw Wrong(key, "an array of tables"),
        };
    }

    /// <summary>An array of strings; a lone string is accepted as a one-element array.</summary>
    public static IEnumerable<string> Strings(TomlTable table, string key)
    {
        if (!table.TryGetValue(key, out var value) || value is null)
        {
            return [];
        }

        return value switch
        {
            string s => [s],
            TomlArray array => array.Select(item => item as string ?? throw Wrong(key, "an array of strings")),
            _ => throw Wrong(key, "an array of strings"),
        };
    }

    public static ManifestFormatException Wrong(string key, string expected) =>
        new($"'{key}' should be {expected}");
}
