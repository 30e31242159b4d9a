using System.Text.Json;
using Sightline.Core.Extraction;
using Sightline.Ecosystems.NuGet.Graph;

namespace Sightline.Ecosystems.NuGet.PackagesLock;

/// <summary>
/// Reads packages.lock.json (version 1, and version 2 which adds CentralTransitive). Pure: stream in, data out.
/// Shape: { "version": 1, "dependencies": { "net8.0": { "Id": { "type", "requested", "resolved",
/// "contentHash", "dependencies": { "Id": "version" } } } } }.
/// </summary>
internal static class PackagesLockParser
{
    public static ResolvedLockfile Parse(Stream stream)
    {
        using var document = JsonDocument.Parse(stream, JsonRead.Options);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw JsonRead.Wrong("$", "an object", root);
        }

        var version = JsonRead.Int(root, "version", "$");
        if (version is < 1 or > 2)
        {
            throw new ManifestFormatException($"unsupported packages.lock.json version {version} (1 and 2 are known)");
        }

        var targets = new List<ResolvedTarget>();
        foreach (var target in JsonRead.OptionalObject(root, "dependencies", "$"))
        {
            var packages = new List<ResolvedPackage>();
            var targetPath = "$.dependencies." + target.Name;
            foreach (var entry in JsonRead.Object(target.Value, targetPath))
            {
                packages.Add(ReadEntry(entry.Name, entry.Value, targetPath + "." + entry.Name));
            }

            targets.Add(new ResolvedTarget(target.Name, packages));
        }

        return new ResolvedLockfile($"packages.lock.json v{version}", targets);
    }

    private static ResolvedPackage ReadEntry(string id, JsonElement entry, string path)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw JsonRead.Wrong(path, "an object", entry);
        }

        var type = JsonRead.OptionalString(entry, "type", path);
        var kind = type switch
        {
            "Direct" => ResolvedKind.Direct,
            "Transitive" => ResolvedKind.Transitive,
            "CentralTransitive" => ResolvedKind.CentralTransitive,
            "Project" => ResolvedKind.Project,
            _ => throw new ManifestFormatException($"unknown type '{type}' at {path}"),
        };
        var resolved = JsonRead.OptionalString(entry, "resolved", path);
        if (resolved is null && kind != ResolvedKind.Project)
        {
            throw new ManifestFormatException($"no 'resolved' version at {path}");
        }

        return new ResolvedPackage(
            id,
            resolved is null ? null : NuGetVersions.Normalize(resolved),
            kind,
            JsonRead.OptionalString(entry, "requested", path),
            JsonRead.OptionalString(entry, "contentHash", path),
            null,
            JsonRead.StringMap(entry, "dependencies", path));
    }
}
