using Sightline.Core.Model;
using Sightline.Core.Queries;
using Sightline.Store;

namespace Sightline.Engine.Internal;

/// <summary>
/// Follows a repository's dependencies on internal libraries into the repositories that build them: when
/// service A depends on library L, produced by repository B, and B's graph reaches the package, the path
/// continues there. Only paths A's own graph does not already hold are returned (a Gradle or Go graph
/// lists L without L's dependencies; an npm lockfile already nests them), so nothing is said twice.
/// </summary>
public sealed class CrossRepositoryPaths
{
    private const int MaxDepth = 6;
    private readonly SightlineStore _store;
    private readonly InternalPackages _internal;
    private readonly Dictionary<long, StoredGraph> _graphs = [];
    private readonly Dictionary<string, StoredRepository> _repositories;

    public CrossRepositoryPaths(SightlineStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _internal = store.LoadInternalPackages();
        _repositories = store.ListRepositories().ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    public InternalPackages Internal => _internal;

    /// <summary>Paths from <paramref name="repository"/>'s manifests through internal libraries to the package.</summary>
    public IReadOnlyList<InternalPath> Find(string repository, PackageQuery query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var results = new List<InternalPath>();
        foreach (var manifest in _store.ListManifests(repository))
        {
            Walk(repository, manifest, query, [], new HashSet<string>(StringComparer.Ordinal) { repository }, results, limit);
            if (results.Count >= limit)
            {
                break;
            }
        }

        return results;
    }

    private void Walk(string repository, StoredManifest manifest, PackageQuery query, List<PathSegment> prefix, HashSet<string> visited, List<InternalPath> results, int limit)
    {
        var graph = Graph(manifest);
        var revision = _repositories.TryGetValue(repository, out var stored) ? stored.Revision : string.Empty;
        if (prefix.Count > 0)
        {
            // Inside a library's repository: its own paths to the package end the walk here.
            foreach (var target in graph.Nodes.Where(n => n.Index > 0 && Matches(query, n)))
            {
                foreach (var path in GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.Parent, e.Child)), target.Index, limit, out _))
                {
                    results.Add(new InternalPath([.. prefix, Segment(repository, revision, manifest, graph, path, null)]));
                }
            }
        }

        if (prefix.Count >= MaxDepth)
        {
            return;
        }

        var children = Children(graph);
        foreach (var library in graph.Nodes.Where(n => n.Index > 0))
        {
            if (results.Count >= limit || !Enum.TryParse<Ecosystem>(library.Ecosystem, out var ecosystem))
            {
                continue;
            }

            var producers = _internal.ProducersFor(repository, ecosystem, library.Name).Where(p => !visited.Contains(p.Repository)).ToList();
            if (producers.Count == 0 || ReachesHere(graph, children, library.Index, query))
            {
                continue;
            }

            var pathToLibrary = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.Parent, e.Child)), library.Index, 1, out _);
            if (pathToLibrary.Count == 0)
            {
                continue;
            }

            foreach (var producer in producers)
            {
                var note = producer.Version is not null && library.Version is not null && producer.Version != library.Version
                    ? $"{producer.Repository} is indexed at {library.Name}@{producer.Version}, this repository uses {library.Version}"
                    : null;
                var segment = Segment(repository, revision, manifest, graph, pathToLibrary[0], note);
                var next = _store.ListManifests(producer.Repository).FirstOrDefault(m => m.Id == producer.ManifestId);
                if (next is null)
                {
                    continue;
                }

                visited.Add(producer.Repository);
                Walk(producer.Repository, next, query, [.. prefix, segment], visited, results, limit);
                visited.Remove(producer.Repository);
            }
        }
    }

    /// <summary>True when this graph already holds the package below the library: its own paths say it.</summary>
    private static bool ReachesHere(StoredGraph graph, List<int>[] children, int library, PackageQuery query)
    {
        var seen = new HashSet<int> { library };
        var stack = new Stack<int>([library]);
        while (stack.Count > 0)
        {
            foreach (var child in children[stack.Pop()])
            {
                if (seen.Add(child))
                {
                    if (Matches(query, graph.Nodes[child]))
                    {
                        return true;
                    }

                    stack.Push(child);
                }
            }
        }

        return false;
    }

    private static List<int>[] Children(StoredGraph graph)
    {
        var children = new List<int>[graph.Nodes.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = [];
        }

        foreach (var edge in graph.Edges)
        {
            children[edge.Parent].Add(edge.Child);
        }

        return children;
    }

    private static PathSegment Segment(string repository, string revision, StoredManifest manifest, StoredGraph graph, int[] path, string? note) =>
        new(repository, revision, manifest.Path, [.. path.Select(i => Label(graph.Nodes[i]))], note);

    private static bool Matches(PackageQuery query, StoredNode node) =>
        Enum.TryParse<Ecosystem>(node.Ecosystem, out var ecosystem) && query.Matches(ecosystem, PackageNames.Normalize(ecosystem, node.Name), node.Version);

    private static string Label(StoredNode node) => node.Version is null ? node.Name : $"{node.Name}@{node.Version}";

    private StoredGraph Graph(StoredManifest manifest)
    {
        if (!_graphs.TryGetValue(manifest.Id, out var graph))
        {
            _graphs[manifest.Id] = graph = _store.LoadGraph(manifest);
        }

        return graph;
    }
}
