using Sightline.Core.Model;
using Sightline.Ecosystems.Cargo.Lock;
using Sightline.Ecosystems.Cargo.Manifest;

namespace Sightline.Ecosystems.Cargo.Graph;

/// <summary>
/// One graph per Cargo.lock. Node 0 is the root package (or, for a virtual workspace, the workspace);
/// every other [[package]] is a node; each workspace member is a Local node under the root; lockfile
/// dependency strings are the edges. Scopes and requirements come from the Cargo.toml files.
/// </summary>
internal sealed partial class LockGraphBuilder
{
    private readonly LockGraphInput _input;
    private readonly CargoLock _lock;
    private readonly LockIndex _index;
    private readonly CargoWorkspace? _workspace;
    private readonly int[] _nodeOf;
    private readonly Dictionary<int, List<CargoDeclaration>?> _declaring = [];
    private readonly Dictionary<int, string> _folders = [];
    private readonly List<int> _members = [];
    private readonly List<UnresolvedDependency> _notes = [];
    private int _root = -1;

    private LockGraphBuilder(LockGraphInput input)
    {
        _input = input;
        _lock = input.Lock;
        _index = new LockIndex(input.Lock);
        _workspace = input.Root?.Workspace;
        _nodeOf = new int[_lock.Packages.Count];
    }

    public static DependencyGraph Build(LockGraphInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new LockGraphBuilder(input).Run();
    }

    private DependencyGraph Run()
    {
        AssignRoles();
        var rootPackage = _root >= 0 ? _lock.Packages[_root] : null;
        var rootName = rootPackage?.Name ?? _input.Root?.Name;
        var rootVersion = rootPackage?.Version ?? _input.Root?.VersionWith(_workspace);
        var graph = new DependencyGraph(Ecosystem.Cargo, _input.ManifestPath ?? _input.LockfilePath, $"Cargo.lock v{_lock.FormatVersion}", rootName, rootVersion)
        {
            LockfilePath = _input.LockfilePath,
        };
        if (rootName is not null)
        {
            graph.Publishes.Add(new PublishedPackage(rootName, rootVersion));
        }

        AddNodes(graph);
        AddLicences(graph);
        AddEdges(graph);
        foreach (var member in _members)
        {
            graph.AddEdge(0, _nodeOf[member], DependencyScope.Runtime);
            graph.Publishes.Add(new PublishedPackage(_lock.Packages[member].Name, _lock.Packages[member].Version));
        }

        CargoScopes.Propagate(graph, new HashSet<int>(_declaring.Keys.Select(i => _nodeOf[i]).Append(0)));
        foreach (var note in _notes)
        {
            graph.AddUnresolved(note);
        }

        return graph;
    }

    /// <summary>The root's and each member's own licence, from their Cargo.toml (or the workspace's, when inherited).</summary>
    private void AddLicences(DependencyGraph graph)
    {
        graph.Root.License = _input.Root?.LicenseWith(_workspace);
        foreach (var (index, folder) in _folders)
        {
            if (_input.Members.FirstOrDefault(m => m.Folder == folder) is { } member)
            {
                graph.Nodes[_nodeOf[index]].License = member.Manifest.LicenseWith(_workspace);
            }
        }
    }

    private void AddNodes(DependencyGraph graph)
    {
        for (var i = 0; i < _lock.Packages.Count; i++)
        {
            if (i == _root)
            {
                _nodeOf[i] = 0;
                continue;
            }

            var package = _lock.Packages[i];
            var node = graph.AddNode(package.Name, package.Version);
            node.Source = CargoSources.Classify(package.Source);
            node.Resolved = CargoSources.Resolved(package.Source);
            node.Integrity = CargoSources.Integrity(_lock.ChecksumOf(package));
            if (_folders.TryGetValue(i, out var folder))
            {
                node.Resolved = folder;
                node.Location = folder;
            }

            _nodeOf[i] = node.Id;
        }
    }
}
