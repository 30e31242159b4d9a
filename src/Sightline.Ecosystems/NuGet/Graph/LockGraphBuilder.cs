using Sightline.Core.Model;

namespace Sightline.Ecosystems.NuGet.Graph;

/// <summary>
/// Builds a graph from a packages.lock.json or project.assets.json: one node per (id, version) across all
/// targets, Location listing the targets it appears under; edges follow each package's dependencies to the
/// version chosen in the same target.
/// </summary>
internal static class LockGraphBuilder
{
    /// <param name="devIds">Ids the project references with PrivateAssets="all" or as analyzers: dev scope.</param>
    /// <param name="projectReferences">Names of projects the project file references itself.</param>
    public static void Build(DependencyGraph graph, ResolvedLockfile lockfile, IReadOnlySet<string> devIds, IReadOnlySet<string> projectReferences)
    {
        var nodes = new Dictionary<(string, string?), PackageNode>();
        var targets = new Dictionary<int, List<string>>();
        var pinned = new HashSet<int>();
        foreach (var target in lockfile.Targets)
        {
            var byId = new Dictionary<string, PackageNode>(StringComparer.OrdinalIgnoreCase);
            var dependedOn = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var package in target.Packages)
            {
                var node = Node(graph, nodes, package);
                byId[package.Id] = node;
                var list = targets.TryGetValue(node.Id, out var existing) ? existing : targets[node.Id] = [];
                list.Add(target.Name);
                if (package.Kind == ResolvedKind.CentralTransitive)
                {
                    pinned.Add(node.Id);
                }

                foreach (var dependency in package.Dependencies)
                {
                    dependedOn.Add(dependency.Key);
                }
            }

            foreach (var package in target.Packages)
            {
                var node = byId[package.Id];
                // A lockfile lists every project in the closure; the ones the project file names, or that
                // nothing else depends on, are the project's own references.
                var fromRoot = package.Kind == ResolvedKind.Direct
                    || (package.Kind == ResolvedKind.Project
                        && (package.DeclaredByProject || projectReferences.Contains(package.Id) || !dependedOn.Contains(package.Id)));
                if (fromRoot)
                {
                    graph.AddEdge(0, node.Id, devIds.Contains(package.Id) ? DependencyScope.Dev : DependencyScope.Runtime, package.Requested);
                }

                foreach (var (id, requirement) in package.Dependencies)
                {
                    if (byId.TryGetValue(id, out var child))
                    {
                        graph.AddEdge(node.Id, child.Id, DependencyScope.Runtime, requirement);
                    }
                    else
                    {
                        graph.AddUnresolved(new UnresolvedDependency(
                            id, requirement, $"{package.Id} {package.Version} depends on it, but {lockfile.Kind} has no entry for it under {target.Name}"));
                    }
                }
            }
        }

        foreach (var (id, names) in targets)
        {
            var location = string.Join(';', names.Distinct(StringComparer.Ordinal));
            graph.Nodes[id].Location = pinned.Contains(id) ? location + " (CentralTransitive: pinned by Directory.Packages.props)" : location;
        }
    }

    private static PackageNode Node(DependencyGraph graph, Dictionary<(string, string?), PackageNode> nodes, ResolvedPackage package)
    {
        var isProject = package.Kind == ResolvedKind.Project;
        // A project has no registry version; in a lockfile it has none at all.
        var key = (package.Id.ToLowerInvariant(), isProject ? null : package.Version);
        if (nodes.TryGetValue(key, out var node))
        {
            return node;
        }

        node = graph.AddNode(package.Id, isProject ? null : package.Version);
        node.Source = isProject ? PackageSource.Local : PackageSource.Registry;
        node.Integrity = package.Integrity;
        node.Resolved = package.Path;
        nodes[key] = node;
        return node;
    }
}
