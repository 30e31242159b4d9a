using Sightline.Core.Model;

namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// Turns a parsed Gemfile.lock into a graph: one node per gem name and version (platform variants such
/// as nokogiri 1.15.4 and 1.15.4-x86_64-linux are one node), edges from each spec's dependencies, root
/// edges from DEPENDENCIES with the scopes the Gemfile's groups give, then scopes propagated.
/// </summary>
internal static class GemLockGraph
{
    private const string Bundler = "bundler";

    public static DependencyGraph Build(GemLockfile lockfile, string manifestPath, string lockfilePath, string kind, IReadOnlyDictionary<string, DependencyScope> declaredScopes)
    {
        var graph = new DependencyGraph(Ecosystem.RubyGems, manifestPath, kind) { LockfilePath = lockfilePath };
        var byName = new Dictionary<string, List<PackageNode>>(StringComparer.Ordinal);
        var variants = new List<List<GemLockSpec>> { new() };
        var specNode = new List<PackageNode>(lockfile.Specs.Count);
        foreach (var spec in lockfile.Specs)
        {
            var nodes = byName.TryGetValue(spec.Name, out var list) ? list : byName[spec.Name] = [];
            var node = nodes.Find(n => n.Version == spec.Version);
            if (node is null)
            {
                node = graph.AddNode(spec.Name, spec.Version);
                (node.Source, node.Resolved) = SourceOf(spec.Source);
                nodes.Add(node);
                variants.Add([]);
            }

            variants[node.Id].Add(spec);
            specNode.Add(node);
        }

        for (var id = 1; id < graph.Nodes.Count; id++)
        {
            Describe(graph.Nodes[id], variants[id], lockfile.Checksums);
        }

        var missing = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lockfile.Specs.Count; i++)
        {
            foreach (var dependency in lockfile.Specs[i].Dependencies)
            {
                var scope = DependencyScope.Runtime;
                if (!Link(graph, byName, lockfile, specNode[i].Id, dependency, scope) && missing.Add(dependency.Name))
                {
                    graph.AddUnresolved(new UnresolvedDependency(dependency.Name, dependency.Requirement,
                        $"{lockfile.Specs[i].Name} depends on it, but Gemfile.lock has no spec for it", scope));
                }
            }
        }

        foreach (var dependency in lockfile.Dependencies)
        {
            var scope = declaredScopes.TryGetValue(dependency.Name, out var declared) ? declared : DependencyScope.Runtime;
            if (!Link(graph, byName, lockfile, 0, dependency, scope))
            {
                graph.AddUnresolved(new UnresolvedDependency(dependency.Name, dependency.Requirement,
                    "declared in DEPENDENCIES but Gemfile.lock has no spec for it (a gem only for platforms the lockfile does not lock)", scope));
            }
        }

        graph.PropagateScopesFromRoot();
        return graph;
    }

    /// <summary>Adds edges to every locked version of the name; false when none is locked.</summary>
    private static bool Link(DependencyGraph graph, Dictionary<string, List<PackageNode>> byName, GemLockfile lockfile, int from, GemLockDependency dependency, DependencyScope scope)
    {
        if (!byName.TryGetValue(dependency.Name, out var targets))
        {
            // Bundler never lists itself among the specs: the version that runs is BUNDLED WITH.
            if (dependency.Name != Bundler || lockfile.BundledWith is not { } bundled)
            {
                return false;
            }

            var node = graph.AddNode(Bundler, bundled.Split(' ')[0]);
            node.Location = "BUNDLED WITH";
            node.Integrity = lockfile.Checksums.GetValueOrDefault($"{Bundler} ({node.Version})");
            targets = byName[Bundler] = [node];
        }

        foreach (var target in targets)
        {
            graph.AddEdge(from, target.Id, scope, dependency.Requirement);
        }

        return true;
    }

    private static (PackageSource, string?) SourceOf(GemLockSource source) => source.Kind switch
    {
        "GIT" => (PackageSource.Git, source.Revision is null ? source.Remote : $"{source.Remote}@{source.Revision}"),
        "PATH" => (PackageSource.Local, source.Remote),
        _ => (PackageSource.Registry, source.Remote),
    };

    /// <summary>Integrity from CHECKSUMS (the generic variant's, else the first variant's); platforms in Location.</summary>
    private static void Describe(PackageNode node, List<GemLockSpec> variants, Dictionary<string, string> checksums)
    {
        var generic = variants.Find(v => v.Platform is null);
        if (generic is not null && checksums.TryGetValue(generic.Key, out var sum))
        {
            node.Integrity = sum;
        }
        else
        {
            node.Integrity = variants.Select(v => checksums.GetValueOrDefault(v.Key)).FirstOrDefault(s => s is not null);
        }

        if (variants.Exists(v => v.Platform is not null))
        {
            node.Location = "platforms: " + string.Join(", ", variants.Select(v => v.Platform ?? "ruby"));
        }
    }
}
