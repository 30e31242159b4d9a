using Sightline.Core.Extraction;
using Tomlyn.Model;

namespace Sightline.Ecosystems.Cargo.Toml;

/// <summary>Typed reads of a <see cref="TomlTable"/>: a key with the wrong kind of value is a format error.</summary>
internal static class TomlValues
{
    public static string? String(TomlTable table, string key, string where) =>
        table.TryGetValue(key, out var value)
            ? value as string ?? throw Wrong(key, "a string", value, where)
            : null;

    public static TomlTable? Table(TomlTable table, string key, string where) =>
        table.TryGetValue(key, out var value)
            ? value as TomlTable ?? throw Wrong(key, "a table", value, where)
            : null;

    public static bool Flag(TomlTable table, string key, string where) =>
        table.TryGetValue(key, out var value) && (value is bool b ? b : throw Wrong(key, "true or false", value, where));

    /// <summary>An array of strings; other items are a format error.</summary>
    public static List<string> Strings(TomlTable table, string key, string where)
    {
        if (!table.TryGetValue(key, out var value))
        {
            return [];
        }

        if (value is not TomlArray array)
        {
            throw Wrong(key, "an array of strings", value, where);
        }

        var result = new List<string>(array.Count);
        foreach (var item in array)
        {
            result.Add(item as string ?? throw Wrong(key, "an array of strings", item, where));
        }

        return result;
    }

    /// <summary>"key.workspace = true": the value is inherited from the workspace root.</summary>
    public static bool IsWorkspaceInherited(object? value) =>
        value is TomlTable table && table.TryGetValue("workspace", out var flag) && flag is true;

    public static ManifestFormatException Wrong(string key, string expected, object? found, string where) =>
        new($"{where}: '{key}' must be {expected}, found {Describe(found)}");

    private static string Describe(object? value) => value switch
    {
        null => "nothing",
        string => "a string",
        bool => "a boolean",
        long or double => "a number",
        TomlArray => "an array",
        TomlTable => "a table",
        TomlTableArray => "an array of tables",
        _ => value.GetType().Name,
    };
}
