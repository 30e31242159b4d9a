using Sightline.Core.Model;

namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>
/// Graph building for files that declare without locking (requirements files, pyproject.toml or Pipfile with no
/// lockfile): a "==" pin, a Git/URL reference or an existing local path is a direct node; a range is unresolved.
/// Indexed, so a file of many thousand lines stays linear.
/// </summary>
internal sealed class DeclaredGraph(DependencyGraph graph, string source)
{
    private readonly Dictionary<(string, string?, PackageSource, string?), PackageNode> _nodes = [];
    private readonly HashSet<UnresolvedDependency> _unresolved = [];

    public void Add(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Problem is { } problem)
        {
            AddOnce(new UnresolvedDependency(declaration.Name, declaration.Requirement, problem, declaration.Scope));
            return;
        }

        var pinned = declaration.Version ?? Pep508.PinnedVersion(declaration.Requirement);
        if (declaration.Source == PackageSource.Registry && pinned is null)
        {
            AddOnce(new UnresolvedDependency(declaration.Name, declaration.Requirement,
                declaration.Requirement is null ? $"{source}: no version given" : $"{source}: range {declaration.Requirement} not pinned",
                declaration.Scope));
            return;
        }

        var key = (declaration.NormalizedName, pinned, declaration.Source, declaration.Resolved);
        if (_nodes.TryGetValue(key, out var node))
        {
            node.Scope = DependencyScopes.Strongest(node.Scope, declaration.Scope);
        }
        else
        {
            node = graph.AddNode(declaration.Name, pinned, declaration.Scope);
            node.Source = declaration.Source;
            node.Resolved = declaration.Resolved;
            node.Integrity = declaration.Integrity;
            _nodes[key] = node;
        }

        node.Direct = true;
        graph.AddEdge(0, node.Id, declaration.Scope, declaration.Requirement);
    }

    /// <summary>The closing note: a file without a lockfile says nothing about what its dependencies need.</summary>
    public void NoTransitives() => graph.AddUnresolved(new UnresolvedDependency("*", null, $"{source}: transitive dependencies are unknown"));

    /// <summary>One entry per name, range and scope: two extras declaring the same range are one gap.</summary>
    private void AddOnce(UnresolvedDependency unresolved)
    {
        if (_unresolved.Add(unresolved))
        {
            graph.AddUnresolved(unresolved);
        }
    }
}
