using Sightline.Core.Model;

namespace Sightline.Ecosystems.Gradle;

internal static partial class GradleGraphs
{
    /// <summary>
    /// The lockfile graph: each locked module under the project (scope from its configurations, build
    /// script modules Dev), direct when the build file declares it; project dependencies as Local nodes.
    /// </summary>
    public static DependencyGraph Locked(GradleEvaluatedProject project, LockedModules modules, string kind, string lockfile, Func<string, GradleEvaluatedProject?> projects)
    {
        var graph = NewGraph(project, kind);
        graph.LockfilePath = lockfile;
        var declared = project.Dependencies.Where(d => d.Kind == GradleDependencyKind.Module).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var locked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in modules.Entries)
        {
            var scope = entry.Project ? GradleScopes.OfLockedConfigurations(entry.Configurations) : DependencyScope.Dev;
            var node = graph.AddNode(entry.Name, entry.Version, scope);
            node.Direct = declared.Contains(entry.Name);
            node.Location = string.Join(',', entry.Configurations.Concat(entry.BuildscriptConfigurations.Select(c => "buildscript:" + c)));
            graph.AddEdge(0, node.Id, scope);
            locked.Add(entry.Name);
        }

        var nodes = new Dictionary<string, PackageNode>(StringComparer.Ordinal);
        foreach (var dependency in project.Dependencies)
        {
            if (dependency.Kind == GradleDependencyKind.Project)
            {
                AddProject(graph, dependency, projects, nodes);
            }
            else if (dependency.Kind == GradleDependencyKind.Unresolved)
            {
                graph.AddUnresolved(new UnresolvedDependency(dependency.Name, dependency.Version?.Requirement, dependency.Reason ?? "not resolved", dependency.Scope));
            }
            else if (!locked.Contains(dependency.Name) && locked.Add(dependency.Name))
            {
                graph.AddUnresolved(new UnresolvedDependency(dependency.Name, dependency.Version?.Requirement,
                    $"declared in {project.ManifestPath} ({dependency.Label}) but not in the lockfile", dependency.Scope));
            }
        }

        AddNotes(graph, project);
        graph.AddUnresolved(new UnresolvedDependency("*", null, NoEdges));
        return graph;
    }
}
