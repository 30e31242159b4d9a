using Sightline.Core.Model;
using Sightline.Ecosystems.NuGet.MsBuild;
using Sightline.Ecosystems.NuGet.PackagesConfig;

namespace Sightline.Ecosystems.NuGet.Graph;

/// <summary>
/// Builds the part of a graph that comes from declarations alone: PackageReferences with a pinned version,
/// ProjectReferences, and packages.config entries. Never guesses: what has no single version is unresolved.
/// </summary>
internal static class DeclaredGraphBuilder
{
    public const string TransitiveUnknown = "transitive dependencies are unknown without packages.lock.json or obj/project.assets.json";

    /// <summary>Adds the PackageReferences; returns whether there were any.</summary>
    public static bool AddPackageReferences(DependencyGraph graph, EvaluatedProject project)
    {
        var nodes = new Dictionary<(string, string), (PackageNode Node, List<string> Frameworks, bool Dev, string? Requirement)>();
        var unresolved = new Dictionary<(string, string?, string), bool>();
        var any = false;
        foreach (var (framework, packages) in project.Packages)
        {
            foreach (var package in packages)
            {
                any = true;
                if (package.Version is null)
                {
                    var key = (package.Id, package.Requirement, package.Problem ?? "no version");
                    unresolved[key] = unresolved.TryGetValue(key, out var dev) ? dev && package.Dev : package.Dev;
                    continue;
                }

                var nodeKey = (package.Id.ToLowerInvariant(), package.Version);
                if (!nodes.TryGetValue(nodeKey, out var entry))
                {
                    entry = (graph.AddNode(package.Id, package.Version), [], package.Dev, package.Requirement);
                }

                entry.Frameworks.Add(framework);
                nodes[nodeKey] = entry with { Dev = entry.Dev && package.Dev };
            }
        }

        foreach (var (node, frameworks, dev, requirement) in nodes.Values)
        {
            // Dev only when dev in every framework that declares it.
            node.Location = Join(frameworks);
            graph.AddEdge(0, node.Id, dev ? DependencyScope.Dev : DependencyScope.Runtime, requirement);
        }

        foreach (var ((id, requirement, reason), dev) in unresolved)
        {
            graph.AddUnresolved(new UnresolvedDependency(id, requirement, reason, dev ? DependencyScope.Dev : DependencyScope.Runtime));
        }

        return any;
    }

    /// <summary>packages.config: every entry straight from the root, since the format does not say which are direct.</summary>
    public static void AddPackagesConfig(DependencyGraph graph, IReadOnlyList<PackagesConfigEntry> entries)
    {
        var existing = graph.Nodes.Skip(1).ToDictionary(n => (n.NormalizedName, n.Version ?? string.Empty));
        foreach (var entry in entries)
        {
            var key = (entry.Id.ToLowerInvariant(), entry.Version);
            if (!existing.TryGetValue(key, out var node))
            {
                node = graph.AddNode(entry.Id, entry.Version);
                node.Location = entry.TargetFramework;
                existing[key] = node;
            }

            graph.AddEdge(0, node.Id, entry.DevelopmentDependency ? DependencyScope.Dev : DependencyScope.Runtime, entry.AllowedVersions);
        }
    }

    /// <summary>ProjectReferences not already in the graph (a lockfile lists them as Project entries).</summary>
    public static void AddProjectReferences(DependencyGraph graph, EvaluatedProject project)
    {
        var directory = Sightline.Core.Repositories.RepositoryPath.Directory(project.ProjectPath);
        foreach (var reference in project.Projects)
        {
            var name = ProjectName(reference.Include);
            var node = graph.Nodes.Skip(1).FirstOrDefault(n => n.Source == PackageSource.Local && n.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (node is null)
            {
                node = graph.AddNode(name, null);
                node.Source = PackageSource.Local;
            }

            node.Resolved = Sightline.Core.Repositories.RepositoryPath.Combine(directory, reference.Include) ?? reference.Include;
            graph.AddEdge(0, node.Id, reference.Dev ? DependencyScope.Dev : DependencyScope.Runtime, reference.Include);
        }
    }

    public static string ProjectName(string include) =>
        Path.GetFileNameWithoutExtension(include.Replace('\\', '/').Split('/')[^1]);

    private static string? Join(List<string> frameworks)
    {
        var names = frameworks.Where(f => f.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count == 0 ? null : string.Join(';', names);
    }
}
