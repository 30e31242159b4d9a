using Sightline.Core.Model;

namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>
/// Graph building for files that declare without locking (requirements files, pyproject.toml or Pipfile with no
/// lockfile): a "==" pin, a Git/URL reference or an existing local path is a direct node; a range is unresolved.
/// </summary>
internal static class DeclaredGraph
{
    public static void Add(DependencyGraph graph, Declaration declaration, string source)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Problem is { } problem)
        {
            graph.AddUnresolved(new UnresolvedDependency(declaration.Name, declaration.Requirement, problem, declaration.Scope));
            return;
        }

        var pinned = declaration.Version ?? Pep508.PinnedVersion(declaration.Requirement);
        if (declaration.Source == PackageSource.Registry && pinned is null)
        {
            graph.AddUnresolved(new UnresolvedDependency(declaration.Name, declaration.Requirement,
                declaration.Requirement is null ? $"{source}: no version given" : $"{source}: range {declaration.Requirement} not pinned",
                declaration.Scope));
            return;
        }

        var existing = graph.Nodes.Skip(1).FirstOrDefault(n => n.Version == pinned
            && n.NormalizedName == declaration.NormalizedName && n.Source == declaration.Source && n.Resolved == declaration.Resolved);
        var node = existing ?? graph.AddNode(declaration.Name, pinned, declaration.Scope);
        if (existing is null)
        {
            node.Source = declaration.Source;
            node.Resolved = declaration.Resolved;
            node.Integrity = declaration.Integrity;
        }

        node.Direct = true;
        node.Scope = DependencyScopes.Strongest(existing is null ? declaration.Scope : node.Scope, declaration.Scope);
        graph.AddEdge(0, node.Id, declaration.Scope, declaration.Requirement);
    }

    /// <summary>The closing note: a file without a lockfile says nothing about what its dependencies need.</summary>
    public static void NoTransitives(DependencyGraph graph, string source)
    {
        ArgumentNullException.ThrowIfNull(graph);
        graph.AddUnresolved(new UnresolvedDependency("*", null, $"{source}: transitive dependencies are unknown"));
    }
}
