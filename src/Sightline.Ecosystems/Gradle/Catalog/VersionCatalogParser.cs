using Sightline.Core.Extraction;
using Tomlyn;
using Tomlyn.Model;

namespace Sightline.Ecosystems.Gradle.Catalog;

/// <summary>
/// Reads a version catalog TOML: [versions] (plain strings and rich versions), [libraries] ("g:a:v",
/// { module = "g:a", version.ref = "x" }, { group, name, version }), [bundles] and [plugins]. Invalid TOML
/// throws with the line and column; an entry Gradle would reject is kept with the problem, so a
/// reference to it is reported rather than guessed.
/// </summary>
internal static class VersionCatalogParser
{
    public static VersionCatalog Parse(Stream stream, string name, string path)
    {
        TomlTable document;
        try
        {
            document = TomlSerializer.Deserialize<TomlTable>(stream) ?? [];
        }
        catch (TomlException ex)
        {
            throw new ManifestFormatException("invalid TOML: " + FirstLine(ex.Message), ex.Line, ex.Column, ex);
        }

        var catalog = new VersionCatalog(name, path);
        foreach (var (alias, value) in Section(document, "versions"))
        {
            if (ReadVersion(value, catalog, allowRef: false) is { } version)
            {
                catalog.Versions[VersionCatalog.Key(alias)] = version;
            }
        }

        foreach (var (alias, value) in Section(document, "libraries"))
        {
            catalog.Libraries[VersionCatalog.Key(alias)] = ReadLibrary(alias, value, catalog);
        }

        foreach (var (alias, value) in Section(document, "bundles"))
        {
            catalog.Bundles[VersionCatalog.Key(alias)] = value is TomlArray array
                ? [.. array.OfType<string>().Select(VersionCatalog.Key)]
                : [];
        }

        foreach (var (alias, value) in Section(document, "plugins"))
        {
            if (value is string text)
            {
                var cut = text.IndexOf(':', StringComparison.Ordinal);
                catalog.Plugins[VersionCatalog.Key(alias)] = new CatalogPlugin(alias, cut < 0 ? text : text[..cut], cut < 0 ? null : GradleVersion.Parse(text[(cut + 1)..]));
            }
            else if (value is TomlTable table && table.TryGetValue("id", out var id) && id is string idText)
            {
                catalog.Plugins[VersionCatalog.Key(alias)] = new CatalogPlugin(alias, idText, table.TryGetValue("version", out var v) ? ReadVersion(v, catalog, allowRef: true) : null);
            }
        }

        return catalog;
    }

    private static CatalogLibrary ReadLibrary(string alias, object value, VersionCatalog catalog)
    {
        if (value is string text)
        {
            var parts = text.Split(':');
            return parts.Length is 2 or 3 && parts.All(p => p.Length > 0)
                ? new CatalogLibrary(alias, parts[0] + ":" + parts[1], parts.Length == 3 ? GradleVersion.Parse(parts[2]) : null)
                : new CatalogLibrary(alias, text, null, $"'{text}' is not group:artifact[:version]");
        }

        if (value is not TomlTable table)
        {
            return new CatalogLibrary(alias, alias, null, "not a string or a table");
        }

        string? module = table.TryGetValue("module", out var m) ? m as string : null;
        if (module is null && table.TryGetValue("group", out var g) && g is string group && table.TryGetValue("name", out var n) && n is string artifact)
        {
            module = group + ":" + artifact;
        }

        if (module is null || module.Split(':').Length != 2)
        {
            return new CatalogLibrary(alias, module ?? alias, null, "names no module (module = \"g:a\", or group and name)");
        }

        if (!table.TryGetValue("version", out var version))
        {
            return new CatalogLibrary(alias, module, null);
        }

        var parsed = ReadVersion(version, catalog, allowRef: true);
        return parsed is null
            ? new CatalogLibrary(alias, module, null, "its version reference names no [versions] entry")
            : new CatalogLibrary(alias, module, parsed);
    }

    private static GradleVersion? ReadVersion(object value, VersionCatalog catalog, bool allowRef)
    {
        if (value is string text)
        {
            return GradleVersion.Parse(text);
        }

        if (value is not TomlTable table)
        {
            return null;
        }

        if (allowRef && table.TryGetValue("ref", out var reference) && reference is string refName)
        {
            return catalog.Versions.GetValueOrDefault(VersionCatalog.Key(refName));
        }

        string? Get(string key) => table.TryGetValue(key, out var v) ? v as string : null;
        var reject = table.TryGetValue("reject", out var r) && r is TomlArray rejected ? string.Join(", ", rejected.OfType<string>()) : null;
        if (table.TryGetValue("rejectAll", out var all) && all is true)
        {
            reject = "all";
        }

        return GradleVersion.Rich(Get("strictly"), Get("require"), Get("prefer"), reject);
    }

    private static IEnumerable<KeyValuePair<string, object>> Section(TomlTable document, string name) =>
        document.TryGetValue(name, out var section) && section is TomlTable table ? table : [];

    /// <summary>The first line, without Tomlyn's "(line,column) : error : " prefix: the error has its own position.</summary>
    private static string FirstLine(string message)
    {
        var cut = message.IndexOf('\n', StringComparison.Ordinal);
        var line = (cut < 0 ? message : message[..cut]).Trim();
        const string Marker = " : error : ";
        var marker = line.IndexOf(Marker, StringComparison.Ordinal);
        return line.StartsWith('(') && marker > 0 ? line[(marker + Marker.Length)..] : line;
    }
}
