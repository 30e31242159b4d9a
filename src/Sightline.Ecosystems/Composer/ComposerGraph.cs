using Sightline.Core.Model;

namespace Sightline.Ecosystems.Composer;

/// <summary>
/// composer.lock (+ composer.json) → graph. One node per locked package; packages → Runtime,
/// packages-dev → Dev, as Composer decided them. A require is satisfied by the package of that name,
/// else by a package that replaces it, else by one that provides it. Platform requirements are skipped.
/// </summary>
internal static partial class ComposerGraph
{
    public static DependencyGraph Build(IReadOnlyList<ComposerPackage> packages, ComposerJson? json, string manifestPath, string lockfilePath, string kind)
    {
        var graph = new DependencyGraph(Ecosystem.Packagist, manifestPath, kind, json?.Name, json?.Version) { LockfilePath = lockfilePath };
        graph.Root.License = json?.License;
        var index = new PackageIndex();
        var nodes = new List<PackageNode>(packages.Count);
        foreach (var package in packages)
        {
            var node = graph.AddNode(package.Name, package.Version, package.Dev ? DependencyScope.Dev : DependencyScope.Runtime);
            Describe(node, package);
            index.Add(package, node);
            nodes.Add(node);
        }

        var missing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < packages.Count; i++)
        {
            foreach (var (name, constraint) in packages[i].Require)
            {
                // A name the project itself replaces or provides is satisfied by the project: no package, no edge.
                if (!PlatformPackages.Is(name) && !Link(graph, index, nodes[i].Id, name, constraint, DependencyScope.Runtime)
                    && json?.Satisfies.Contains(name) != true && missing.Add(name))
                {
                    graph.AddUnresolved(new UnresolvedDependency(name, constraint,
                        $"{packages[i].Name} requires it, but composer.lock has no package that is, replaces or provides it", nodes[i].Scope));
                }
            }
        }

        if (json is null)
        {
            InferRoots(graph, packages, nodes);
        }
        else
        {
            Declare(graph, index, json.Require, DependencyScope.Runtime);
            Declare(graph, index, json.RequireDev, DependencyScope.Dev);
        }

        if (json?.Name is { } published)
        {
            graph.Publishes.Add(new PublishedPackage(published, json.Version));
        }

        return graph;
    }

    /// <summary>composer.json without a lockfile: declarations only, never a guessed version.</summary>
    public static DependencyGraph Unlocked(ComposerJson json, string manifestPath)
    {
        var graph = new DependencyGraph(Ecosystem.Packagist, manifestPath, "composer.json (no lockfile)", json.Name, json.Version);
        graph.Root.License = json.License;
        foreach (var (list, scope) in new[] { (json.Require, DependencyScope.Runtime), (json.RequireDev, DependencyScope.Dev) })
        {
            foreach (var (name, constraint) in list.Where(r => !PlatformPackages.Is(r.Name)))
            {
                graph.AddUnresolved(new UnresolvedDependency(name, constraint, $"no lockfile: constraint {constraint} not pinned", scope));
            }
        }

        graph.AddUnresolved(new UnresolvedDependency("*", null, "no lockfile: transitive dependencies are unknown"));
        if (json.Name is { } project)
        {
            graph.Publishes.Add(new PublishedPackage(project, json.Version));
        }

        return graph;
    }

    private static void Declare(DependencyGraph graph, PackageIndex index, List<(string Name, string Constraint)> requires, DependencyScope scope)
    {
        foreach (var (name, constraint) in requires.Where(r => !PlatformPackages.Is(r.Name)))
        {
            if (!Link(graph, index, 0, name, constraint, scope))
            {
                graph.AddUnresolved(new UnresolvedDependency(name, constraint, "required by composer.json but not in composer.lock (the lockfile is out of date)", scope));
            }
        }
    }

    /// <summary>Without composer.json the direct dependencies are the packages nothing else requires.</summary>
    private static void InferRoots(DependencyGraph graph, IReadOnlyList<ComposerPackage> packages, List<PackageNode> nodes)
    {
        var required = new HashSet<int>(graph.Edges.Select(e => e.To));
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!required.Contains(nodes[i].Id))
            {
                graph.AddEdge(0, nodes[i].Id, nodes[i].Scope);
                nodes[i].Direct = true;
            }
        }

        graph.AddUnresolved(new UnresolvedDependency("*", null,
            $"no composer.json: of the {packages.Count} locked packages, those nothing requires hang off the root; direct dependencies are inferred"));
    }

    private static bool Link(DependencyGraph graph, PackageIndex index, int from, string name, string constraint, DependencyScope scope)
    {
        var targets = index.Resolve(name);
        foreach (var target in targets)
        {
            graph.AddEdge(from, target.Id, scope, constraint);
            if (from == 0)
            {
                target.Direct = true;
            }
        }

        return targets.Count > 0;
    }
}
