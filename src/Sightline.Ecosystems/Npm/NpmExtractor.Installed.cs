using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm.Installed;

namespace Sightline.Ecosystems.Npm;

public sealed partial class NpmExtractor
{
    /// <summary>Bounds the file lookups one graph may cause (a lockfile of hostile size, an odd install).</summary>
    internal const int MaxInstalledLookupsPerGraph = 20_000;

    /// <summary>
    /// Lockfiles other than package-lock v2/v3 state no licences, but an installed project holds each
    /// package's own package.json. A registry package without a licence takes the one its installed copy
    /// declares, only when that copy is the same version (another version's licence says nothing about it).
    /// </summary>
    private static void ApplyInstalledLicences(InstalledPackages installed, DependencyGraph graph)
    {
        var lockfile = graph.LockfilePath ?? graph.ManifestPath;
        var folder = RepositoryPath.Directory(lockfile);
        var name = RepositoryPath.FileName(lockfile);
        var packageLock = name is PackageLockName or Shrinkwrap;
        var lookups = 0;
        foreach (var node in graph.RegistryPackagesWithoutLicence())
        {
            foreach (var path in InstalledPaths(folder, node, packageLock))
            {
                if (++lookups > MaxInstalledLookupsPerGraph)
                {
                    return;
                }

                if (installed.Read(path) is { } package && package.Version == node.Version && (package.Name is null || package.Name == node.Name))
                {
                    node.License = package.License;
                    break;
                }
            }
        }
    }

    /// <summary>Where the node's package.json would be installed, most specific first.</summary>
    private static IEnumerable<string> InstalledPaths(string folder, PackageNode node, bool packageLock)
    {
        if (packageLock)
        {
            // package-lock locations are the install paths themselves ("node_modules/a/node_modules/b").
            if (node.Location is { } location && (location.StartsWith("node_modules/", StringComparison.Ordinal) || location.Contains("/node_modules/", StringComparison.Ordinal)))
            {
                yield return Join(Join(folder, location), Manifest);
            }

            yield break;
        }

        // yarn (classic, berry's node-modules linker) and npm without a lockfile hoist to the top level.
        yield return Join(folder, "node_modules/" + (node.Alias ?? node.Name) + "/" + Manifest);

        // pnpm's top-level entries are symbolic links, never followed: its virtual store holds the real folders.
        var plain = PnpmVirtualStore.PlainFolder(node.Name, node.Version!);
        var keyed = PnpmVirtualStore.KeyFolder(node);
        foreach (var store in keyed == plain ? [plain] : new[] { keyed, plain })
        {
            if (store is not null)
            {
                yield return Join(folder, "node_modules/.pnpm/" + store + "/node_modules/" + node.Name + "/" + Manifest);
            }
        }
    }
}
