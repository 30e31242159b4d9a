using Sightline.Core.Model;

namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>
/// Turns a lockfile's packages and the project's declarations into a graph: one node per name@version, edges
/// from each package to the locked packages of the names it requires (PEP 503 match; every locked version of
/// the name when the lockfile holds several, because markers are not evaluated), root edges from the
/// declarations, then scopes propagated from the root.
/// </summary>
internal sealed partial class LockGraphBuilder
{
    private readonly DependencyGraph _graph;
    private readonly string _lockName;
    private readonly Dictionary<string, List<(string? Version, int Node)>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string?), int> _byKey = [];
    private readonly HashSet<(string Package, string Extra)> _requestedExtras = [];

    public LockGraphBuilder(DependencyGraph graph, string lockName)
    {
        _graph = graph;
        _lockName = lockName;
    }

    /// <param name="declarations">The root's declarations; null when no manifest says what the project declares.</param>
    public void Build(IReadOnlyList<LockedPackage> packages, IReadOnlyList<Declaration>? declarations)
    {
        var nodeOf = AddNodes(packages);
        CollectRequestedExtras(packages, declarations ?? []);
        for (var i = 0; i < packages.Count; i++)
        {
            AddPackageEdges(packages[i], nodeOf[i]);
        }

        if (declarations is null)
        {
            InferRoots(packages);
            return;
        }

        // The first root edge to a package wins: the strongest declaration first.
        foreach (var declaration in declarations.OrderBy(d => d.Scope))
        {
            var targets = Resolve(declaration);
            if (targets.Count == 0)
            {
                _graph.AddUnresolved(new UnresolvedDependency(declaration.Name, declaration.Requirement,
                    $"declared by the project but not in {_lockName}" + MarkerNote(declaration), declaration.Scope));
            }

            foreach (var target in targets)
            {
                _graph.AddEdge(0, target, declaration.Scope, declaration.Requirement);
            }
        }

        _graph.PropagateScopesFromRoot();
        ReportUnreachable();
    }

    private int[] AddNodes(IReadOnlyList<LockedPackage> packages)
    {
        var nodeOf = new int[packages.Count];
        for (var i = 0; i < packages.Count; i++)
        {
            var package = packages[i];
            var key = (package.NormalizedName, package.Version);
            if (_byKey.TryGetValue(key, out var existing))
            {
                // One name@version from two sources (uv locks a wheel URL per platform): one node, first source.
                nodeOf[i] = existing;
                continue;
            }

            var node = _graph.AddNode(package.Name, package.Version, package.Scope ?? DependencyScope.Runtime);
            node.Source = package.Source;
            node.Resolved = package.Resolved;
            node.Integrity = package.Integrity;
            _byKey[key] = node.Id;
            nodeOf[i] = node.Id;
            if (!_byName.TryGetValue(package.NormalizedName, out var list))
            {
                list = [];
                _byName[package.NormalizedName] = list;
            }

            list.Add((package.Version, node.Id));
        }

        return nodeOf;
    }

    private void CollectRequestedExtras(IReadOnlyList<LockedPackage> packages, IReadOnlyList<Declaration> declarations)
    {
        void Add(Declaration d)
        {
            foreach (var extra in d.Extras)
            {
                _requestedExtras.Add((d.NormalizedName, LockedPackage.NormalizeExtra(extra)));
            }
        }

        foreach (var declaration in declarations)
        {
            Add(declaration);
        }

        foreach (var package in packages)
        {
            package.Dependencies.ForEach(Add);
            foreach (var list in package.Extras.Values)
            {
                list.ForEach(Add);
            }
        }
    }

    private List<int> Resolve(Declaration declaration)
    {
        if (!_byName.TryGetValue(declaration.NormalizedName, out var candidates))
        {
            return [];
        }

        if (declaration.Version is { } version && candidates.Any(c => c.Version == version))
        {
            return [.. candidates.Where(c => c.Version == version).Select(c => c.Node)];
        }

        return [.. candidates.Select(c => c.Node)];
    }

    private static string MarkerNote(Declaration declaration) =>
        declaration.Marker is null ? string.Empty : $" (marker '{declaration.Marker}': probably not needed where the lockfile was made)";
}
