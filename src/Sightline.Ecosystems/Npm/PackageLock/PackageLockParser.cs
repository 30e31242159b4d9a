using System.Text.Json;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Ecosystems.Npm.PackageJson;

namespace Sightline.Ecosystems.Npm.PackageLock;

/// <summary>
/// package-lock.json and npm-shrinkwrap.json: v2/v3 from the flat "packages" map, v1 from the nested
/// "dependencies" tree. Scopes come from the lockfile's dev/optional/peer flags.
/// </summary>
internal static partial class PackageLockParser
{
    public static NpmLockResult Parse(Stream stream, string manifestPath, string lockfilePath, PackageJsonManifest? rootManifest)
    {
        using var document = JsonDocument.Parse(stream, JsonLimits.Options);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestFormatException("a package lock must be a JSON object", 1, 1);
        }

        var version = 1;
        if (root.TryGetProperty("lockfileVersion", out var versionElement))
        {
            if (versionElement.ValueKind != JsonValueKind.Number || !versionElement.TryGetInt32(out version))
            {
                throw new ManifestFormatException("'lockfileVersion' must be a number");
            }
        }

        var fileName = lockfilePath[(lockfilePath.LastIndexOf('/') + 1)..];
        var kind = $"{fileName} v{version}";
        var name = rootManifest?.Name ?? JsonLimits.OptionalString(root, "name");
        var projectVersion = rootManifest?.Version ?? JsonLimits.OptionalString(root, "version");
        var graph = new DependencyGraph(Ecosystem.Npm, manifestPath, kind, name, projectVersion) { LockfilePath = lockfilePath };
        graph.Root.Location = string.Empty;
        if (version >= 2 && JsonLimits.TryGetObject(root, "packages", out var packages))
        {
            var members = new PackagesReader(graph, packages, RepositoryFolder(lockfilePath)).Read();
            return new NpmLockResult(graph, members);
        }

        if (root.TryGetProperty("packages", out var wrong) && wrong.ValueKind != JsonValueKind.Object && wrong.ValueKind != JsonValueKind.Null)
        {
            throw new ManifestFormatException($"'packages' must be an object, not {wrong.ValueKind}");
        }

        new V1Reader(graph, rootManifest).Read(root);
        return new NpmLockResult(graph, []);
    }

    internal static DependencyScope ScopeFromFlags(JsonElement entry)
    {
        if (JsonLimits.Flag(entry, "dev") || JsonLimits.Flag(entry, "devOptional"))
        {
            return DependencyScope.Dev;
        }

        if (JsonLimits.Flag(entry, "optional"))
        {
            return DependencyScope.Optional;
        }

        return JsonLimits.Flag(entry, "peer") ? DependencyScope.Peer : DependencyScope.Runtime;
    }

    private static string RepositoryFolder(string path)
    {
        var cut = path.LastIndexOf('/');
        return cut < 0 ? string.Empty : path[..cut];
    }
}
