using System.Text.Json;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Composer;

/// <summary>Reads composer.lock's packages and packages-dev; everything else (aliases, stability) is not needed.</summary>
internal static class ComposerLockReader
{
    public static (List<ComposerPackage> Packages, string? PluginApiVersion) Read(Stream stream)
    {
        using var document = JsonDocument.Parse(stream, ComposerJsonRead.Options);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestFormatException("composer.lock must be a JSON object", 1, 1);
        }

        var packages = new List<ComposerPackage>();
        Section(root, "packages", dev: false, packages);
        Section(root, "packages-dev", dev: true, packages);
        return (packages, ComposerJsonRead.String(root, "plugin-api-version"));
    }

    private static void Section(JsonElement root, string property, bool dev, List<ComposerPackage> packages)
    {
        if (!root.TryGetProperty(property, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new ManifestFormatException($"\"{property}\" must be an array");
        }

        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var where = $"{property}[{index++}]";
            if (entry.ValueKind != JsonValueKind.Object
                || ComposerJsonRead.String(entry, "name") is not { Length: > 0 } name
                || ComposerJsonRead.String(entry, "version") is not { Length: > 0 } version)
            {
                throw new ManifestFormatException($"{where} must be an object with a name and a version");
            }

            var source = entry.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
            var dist = entry.TryGetProperty("dist", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            packages.Add(new ComposerPackage(name, version, dev)
            {
                SourceType = Field(source, "type"),
                SourceUrl = Field(source, "url"),
                SourceReference = Field(source, "reference"),
                DistType = Field(dist, "type"),
                DistUrl = Field(dist, "url"),
                DistShasum = Field(dist, "shasum"),
                License = License(entry),
                FromRepository = entry.TryGetProperty("notification-url", out _),
                Require = ComposerJsonRead.Map(entry, "require", where),
                Replace = ComposerJsonRead.Map(entry, "replace", where),
                Provide = ComposerJsonRead.Map(entry, "provide", where),
            });
        }
    }

    /// <summary>composer.lock's "license" array: several entries mean the package may be used under any of them.</summary>
    private static string? License(JsonElement entry)
    {
        if (!entry.TryGetProperty("license", out var license) || license.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var ids = license.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!).Where(l => l.Length > 0).Distinct().ToList();
        return ids.Count switch
        {
            0 => null,
            1 => ids[0],
            _ => "(" + string.Join(" OR ", ids) + ")",
        };
    }

    private static string? Field(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object ? ComposerJsonRead.String(element, property) : null;
}
