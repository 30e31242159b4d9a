using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Gradle;

/// <summary>
/// Builds a project's graph: from its lockfiles when it has them (every locked module under the project,
/// declarations marking the direct ones), else from its declarations alone (pinned versions only, the
/// transitive graph unresolved).
/// </summary>
internal static partial class GradleGraphs
{
    public const string TransitiveUnknown =
        "no lockfile: Gradle resolves the transitive graph at build time; without gradle.lockfile it is unresolved";

    public const string NoEdges =
        "gradle.lockfile records no dependency edges: every module is listed under the project, paths through libraries are unknown";

    public static DependencyGraph Declared(GradleEvaluatedProject project, Func<string, GradleEvaluatedProject?> projects)
    {
        var kind = RepositoryPath.FileName(project.ManifestPath) == "build.gradle.kts" ? "build.gradle.kts" : "build.gradle";
        var graph = NewGraph(project, kind);
        var platforms = project.Dependencies.Where(d => d is { Platform: true, Kind: GradleDependencyKind.Module }).ToList();
        var nodes = new Dictionary<string, PackageNode>(StringComparer.Ordinal);
        foreach (var dependency in project.Dependencies)
        {
            if (dependency.Kind == GradleDependencyKind.Project)
            {
                AddProject(graph, dependency, projects, nodes);
            }
            else if (dependency is { Kind: GradleDependencyKind.Module, Version.Exact: { } version })
            {
                Add(graph, nodes, dependency.Name, version, dependency, dependency.Version.Requirement);
            }
            else if (dependency.Kind == GradleDependencyKind.Module)
            {
                var reason = dependency.Version is null
                    ? VersionlessReason(project, dependency, platforms)
                    : $"no lockfile: {dependency.Version.Requirement} is not a single version";
                graph.AddUnresolved(new UnresolvedDependency(dependency.Name, dependency.Version?.Requirement, reason, dependency.Scope));
            }
            else
            {
                graph.AddUnresolved(new UnresolvedDependency(dependency.Name, dependency.Version?.Requirement, dependency.Reason ?? "not resolved", dependency.Scope));
            }
        }

        AddNotes(graph, project);
        if (project.Dependencies.Count > 0)
        {
            graph.AddUnresolved(new UnresolvedDependency("*", null, TransitiveUnknown));
        }

        return graph;
    }

    private static string VersionlessReason(GradleEvaluatedProject project, GradleDependency dependency, List<GradleDependency> platforms)
    {
        if (platforms.Count > 0)
        {
            // A BOM of the module's own group family is the likely source; otherwise name them all.
            var group = dependency.Name.Split(':')[0];
            var likely = platforms.Where(p => SameFamily(group, p.Name.Split(':')[0])).ToList();
            return "version from platform BOM " + string.Join(" or ", (likely.Count > 0 ? likely : platforms)
                .Select(p => p.Version is { } v ? $"{p.Name}:{v.Requirement}" : p.Name).Distinct());
        }

        return project.Plugins.Contains("io.spring.dependency-management")
            ? "no version declared: the io.spring.dependency-management plugin supplies it from a BOM Sightline does not read"
            : "no version declared: a platform, constraint or convention plugin Sightline does not read supplies it";
    }

    private static bool SameFamily(string group, string bomGroup) =>
        group == bomGroup || group.StartsWith(bomGroup + ".", StringComparison.Ordinal) || bomGroup.StartsWith(group + ".", StringComparison.Ordinal);

    internal static DependencyGraph NewGraph(GradleEvaluatedProject project, string kind)
    {
        var graph = new DependencyGraph(Ecosystem.Maven, project.ManifestPath, kind, project.Coordinates, project.Version);
        if (project is { Group: { } group, Project.Name: { } name })
        {
            graph.Publishes.Add(new PublishedPackage(group + ":" + name, project.Version));
        }

        return graph;
    }

    internal static void AddNotes(DependencyGraph graph, GradleEvaluatedProject project)
    {
        foreach (var note in project.Notes)
        {
            graph.AddUnresolved(note);
        }
    }

    /// <summary>Another project of the build: a Local node named by its coordinates when its group is known.</summary>
    internal static void AddProject(DependencyGraph graph, GradleDependency dependency, Func<string, GradleEvaluatedProject?> projects, Dictionary<string, PackageNode> nodes)
    {
        // Without a group, the path names the project unambiguously (":feature:foo:api", not "api").
        var target = projects(dependency.ProjectPath!);
        var name = target is { Group: not null } ? target.Coordinates! : dependency.ProjectPath!;
        var node = Add(graph, nodes, name, target?.Version, dependency, null);
        node.Source = PackageSource.Local;
        node.Resolved = target?.Project.Folder;
    }

    /// <summary>One node per name@version; a second declaration adds its configuration and can strengthen the scope.</summary>
    internal static PackageNode Add(DependencyGraph graph, Dictionary<string, PackageNode> nodes, string name, string? version, GradleDependency dependency, string? requirement)
    {
        var key = name + "@" + version;
        if (!nodes.TryGetValue(key, out var node))
        {
            node = graph.AddNode(name, version, dependency.Scope);
            node.Direct = true;
            node.Location = dependency.Label;
            nodes[key] = node;
            graph.AddEdge(0, node.Id, dependency.Scope, requirement);
            return node;
        }

        node.Scope = DependencyScopes.Strongest(node.Scope, dependency.Scope);
        if (!node.Location!.Split(", ").Contains(dependency.Label))
        {
            node.Location += ", " + dependency.Label;
        }

        return node;
    }
}
