using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.NuGet.Graph;

namespace Sightline.Ecosystems.NuGet;

public sealed partial class NuGetExtractor
{
    /// <summary>
    /// A lockfile, assets file or packages.config no single project file claims. Directory.*.props files are
    /// parsed too, so a broken one is reported even when no project uses it; they make no graph.
    /// </summary>
    private static DependencyGraph? BuildStandalone(NuGetFiles files, string path)
    {
        var name = RepositoryPath.FileName(path);
        var folder = RepositoryPath.Directory(path);
        var folderName = folder.Length == 0 ? name : RepositoryPath.FileName(folder);
        if (name.Equals(PackagesLock, StringComparison.OrdinalIgnoreCase))
        {
            return files.PackagesLock(path) is { } lockfile ? FromLockfile(path, lockfile, folderName, new HashSet<string>()) : null;
        }

        if (name.Equals(ProjectAssets, StringComparison.OrdinalIgnoreCase))
        {
            // obj/project.assets.json: the project is the folder above obj/.
            var owner = folderName.Equals("obj", StringComparison.OrdinalIgnoreCase) && folder.Contains('/', StringComparison.Ordinal)
                ? RepositoryPath.FileName(RepositoryPath.Directory(folder))
                : folderName;
            return files.ProjectAssets(path) is { } assets
                ? FromLockfile(path, assets.Lockfile, assets.Lockfile.ProjectName ?? owner, assets.DevIds)
                : null;
        }

        if (name.Equals(PackagesConfig, StringComparison.OrdinalIgnoreCase))
        {
            if (files.PackagesConfig(path) is not { } entries)
            {
                return null;
            }

            var graph = new DependencyGraph(Ecosystem.NuGet, path, "packages.config", folderName) { LockfilePath = path };
            DeclaredGraphBuilder.AddPackagesConfig(graph, entries);
            graph.PropagateScopesFromRoot();
            return graph;
        }

        if (!files.IsParsed(path) && name.EndsWith(".props", StringComparison.OrdinalIgnoreCase))
        {
            files.MsBuild(path);
        }

        return null;
    }

    private static DependencyGraph FromLockfile(string path, ResolvedLockfile lockfile, string projectName, IReadOnlySet<string> devIds)
    {
        var graph = new DependencyGraph(Ecosystem.NuGet, path, lockfile.Kind, projectName) { LockfilePath = path };
        LockGraphBuilder.Build(graph, lockfile, devIds, new HashSet<string>());
        graph.PropagateScopesFromRoot();
        return graph;
    }
}
