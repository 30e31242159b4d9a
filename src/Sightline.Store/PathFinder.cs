using Microsoft.Data.Sqlite;
using Sightline.Core.Model;

namespace Sightline.Store;

/// <summary>
/// Every path from a manifest root to a node. Each manifest's parent links and labels are read once (two
/// queries) and kept while the finder lives, so the many findings of one exposure share them; the walk up
/// to the root and the path enumeration run in memory.
/// </summary>
public sealed class PathFinder : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<long, ManifestGraph> _graphs = [];

    internal PathFinder(SqliteConnection connection) => _connection = connection;

    /// <summary>Most ancestors considered per node: the nearest ones (breadth-first), which hold the shortest paths.</summary>
    public int MaxAncestors { get; init; } = 2048;

    /// <summary>
    /// Paths as labels ("name@version"), first dependency after the root to the node, shortest first.
    /// <paramref name="truncated"/> says more paths exist than were listed (or than the ancestor budget reached).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> PathsTo(long manifestId, int node, int limit, out bool truncated)
    {
        var graph = Graph(manifestId);
        var local = new Dictionary<int, int> { [0] = 0 };
        var globalIds = new List<int> { 0 };
        int Local(int global)
        {
            if (!local.TryGetValue(global, out var id))
            {
                id = globalIds.Count;
                local[global] = id;
                globalIds.Add(global);
            }

            return id;
        }

        var edges = new List<(int From, int To)>();
        var target = Local(node);
        var queue = new Queue<int>([node]);
        var seen = new HashSet<int> { node };
        var budgetHit = false;
        while (queue.Count > 0)
        {
            var child = queue.Dequeue();
            foreach (var parent in graph.Parents[child])
            {
                edges.Add((Local(parent), local[child]));
                if (parent == 0 || !seen.Add(parent))
                {
                    continue;
                }

                if (seen.Count > MaxAncestors)
                {
                    budgetHit = true;
                    continue;
                }

                queue.Enqueue(parent);
            }
        }

        var paths = GraphPaths.AllPaths(globalIds.Count, edges, target, limit, out truncated);
        truncated |= budgetHit;
        return [.. paths.Select(path => (IReadOnlyList<string>)[.. path.Select(id => graph.Labels.GetValueOrDefault(globalIds[id], "?"))])];
    }

    public void Dispose() => _connection.Dispose();

    private ManifestGraph Graph(long manifestId)
    {
        if (_graphs.TryGetValue(manifestId, out var graph))
        {
            return graph;
        }

        var parents = new List<(int Child, int Parent)>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT child_index, parent_index FROM edges WHERE manifest_id = $m";
            command.Parameters.AddWithValue("$m", manifestId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                parents.Add((reader.GetInt32(0), reader.GetInt32(1)));
            }
        }

        var labels = new Dictionary<int, string>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT node_index, name, version FROM nodes WHERE manifest_id = $m";
            command.Parameters.AddWithValue("$m", manifestId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                labels[reader.GetInt32(0)] = reader.IsDBNull(2) ? reader.GetString(1) : reader.GetString(1) + "@" + reader.GetString(2);
            }
        }

        graph = new ManifestGraph(parents.ToLookup(p => p.Child, p => p.Parent), labels);
        _graphs[manifestId] = graph;
        return graph;
    }

    private sealed record ManifestGraph(ILookup<int, int> Parents, Dictionary<int, string> Labels);
}
