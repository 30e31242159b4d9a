using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Npm;

public sealed partial class NpmExtractor
{
    /// <summary>
    /// The project's own licence (and each workspace member's) from its package.json; when the package.json
    /// states none, whatever the lockfile's copy of it said (already on the node) stays.
    /// </summary>
    private static void ApplyLicences(Run run, DependencyGraph graph)
    {
        var folder = RepositoryPath.Directory(graph.ManifestPath);
        if (!run.Folders.TryGetValue(folder, out var names) || !names.Contains(Manifest) || run.ReadManifest(Join(folder, Manifest)) is not { } root)
        {
            return;
        }

        graph.Root.License = root.License ?? graph.Root.License;
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        foreach (var (memberFolder, member) in run.WorkspaceMembers(folder, root))
        {
            if (member.License is null || !memberFolder.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            // Every lockfile reader records a member as a local node located at its folder relative to the lockfile.
            var relative = memberFolder[prefix.Length..];
            foreach (var node in graph.Nodes)
            {
                if (node.Id != 0 && node.Source == PackageSource.Local && node.Location == relative)
                {
                    node.License = member.License;
                }
            }
        }
    }
}
