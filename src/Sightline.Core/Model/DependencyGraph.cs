namespace Sightline.Core.Model;

/// <summary>
/// The dependency graph of one manifest: node 0 is the project itself, the other nodes are packages at
/// versions, edges go parent → child. Built by an extractor, then read-only by convention.
/// </summary>
public sealed partial class DependencyGraph
{
    private readonly List<PackageNode> _nodes = [];
    private readonly List<DependencyEdge> _edges = [];
    private readonly List<UnresolvedDependency> _unresolved = [];
    private readonly HashSet<(int From, int To)> _edgeSet = [];

    public DependencyGraph(Ecosystem ecosystem, string manifestPath, string kind, string? projectName = null, string? projectVersion = null)
    {
        Ecosystem = ecosystem;
        ManifestPath = manifestPath;
        Kind = kind;
        var root = new PackageNode(0, ecosystem, projectName ?? manifestPath, projectVersion) { Source = PackageSource.Local };
        _nodes.Add(root);
    }

    public Ecosystem Ecosystem { get; }

    /// <summary>Repository-relative path ('/'-separated) of the file that defines the project.</summary>
    public string ManifestPath { get; }

    /// <summary>Repository-relative path of the lockfile the graph was resolved from, if any.</summary>
    public string? LockfilePath { get; set; }

    /// <summary>The format read, with its version: "package-lock.json v3", "yarn.lock berry v8", "csproj".</summary>
    public string Kind { get; }

    public PackageNode Root => _nodes[0];

    /// <summary>
    /// The packages this manifest (and, for a workspace lockfile, its members) publishes: what others can
    /// depend on. Empty for an application that names no package.
    /// </summary>
    public List<PublishedPackage> Publishes { get; } = [];

    public IReadOnlyList<PackageNode> Nodes => _nodes;

    public IReadOnlyList<DependencyEdge> Edges => _edges;

    public IReadOnlyList<UnresolvedDependency> Unresolved => _unresolved;

    /// <summary>Resolved when every declared dependency has a pinned version and its own graph.</summary>
    public bool IsFullyResolved => _unresolved.Count == 0;

    public PackageNode AddNode(string name, string? version, DependencyScope scope = DependencyScope.Runtime)
    {
        var node = new PackageNode(_nodes.Count, Ecosystem, name, version) { Scope = scope };
        _nodes.Add(node);
        return node;
    }

    /// <summary>Adds an edge; a duplicate (same parent and child) keeps the first and returns false.</summary>
    public bool AddEdge(int from, int to, DependencyScope scope = DependencyScope.Runtime, string? requirement = null)
    {
        if ((uint)from >= (uint)_nodes.Count || (uint)to >= (uint)_nodes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"edge {from} → {to} names a node that does not exist");
        }

        if (!_edgeSet.Add((from, to)))
        {
            return false;
        }

        _edges.Add(new DependencyEdge(from, to, scope, requirement));
        return true;
    }

    public void AddUnresolved(UnresolvedDependency unresolved) => _unresolved.Add(unresolved);
}
