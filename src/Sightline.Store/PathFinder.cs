using Microsoft.Data.Sqlite;
using Sightline.Core.Model;

namespace Sightline.Store;

/// <summary>
/// Every path from a manifest root to one node, read from the stored edges by walking up through
/// parents: only the node's ancestors are read, never the whole graph.
/// </summary>
public sealed class PathFinder : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _parents;
    private readonly SqliteCommand _label;

    internal PathFinder(SqliteConnection connection)
    {
        _connection = connection;
        _parents = Prepare("SELECT parent_index FROM edges WHERE manifest_id = $m AND child_index = $i");
        _label = Prepare("SELECT name, version FROM nodes WHERE manifest_id = $m AND node_index = $i");
    }

    /// <summary>Paths as labels ("name@version"), first dependency after the root to the node, shortest first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PathsTo(long manifestId, int node, int limit, out bool truncated)
    {
        var local = new Dictionary<int, int> { [0] = 0 };
        var globalIds = new List<int> { 0 };
        var edges = new List<(int From, int To)>();
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

        var target = Local(node);
        var queue = new Queue<int>([node]);
        var seen = new HashSet<int> { node };
        while (queue.Count > 0)
        {
            var child = queue.Dequeue();
            foreach (var parent in Parents(manifestId, child))
            {
                edges.Add((Local(parent), local[child]));
                if (parent != 0 && seen.Add(parent))
                {
                    queue.Enqueue(parent);
                }
            }
        }

        var paths = GraphPaths.AllPaths(globalIds.Count, edges, target, limit, out truncated);
        var labels = new Dictionary<int, string>();
        return [.. paths.Select(path => (IReadOnlyList<string>)[.. path.Select(id => labels.TryGetValue(id, out var l) ? l : labels[id] = Label(manifestId, globalIds[id]))])];
    }

    public void Dispose()
    {
        _parents.Dispose();
        _label.Dispose();
        _connection.Dispose();
    }

    private List<int> Parents(long manifestId, int child)
    {
        _parents.Parameters[0].Value = manifestId;
        _parents.Parameters[1].Value = child;
        using var reader = _parents.ExecuteReader();
        var parents = new List<int>();
        while (reader.Read())
        {
            parents.Add(reader.GetInt32(0));
        }

        return parents;
    }

    private string Label(long manifestId, int node)
    {
        _label.Parameters[0].Value = manifestId;
        _label.Parameters[1].Value = node;
        using var reader = _label.ExecuteReader();
        return !reader.Read() ? "?" : reader.IsDBNull(1) ? reader.GetString(0) : reader.GetString(0) + "@" + reader.GetString(1);
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$m", 0L));
        command.Parameters.Add(new SqliteParameter("$i", 0));
        command.Prepare();
        return command;
    }
}
