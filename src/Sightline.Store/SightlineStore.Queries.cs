using System.Text;
using Microsoft.Data.Sqlite;
using Sightline.Core.Model;
using Sightline.Core.Queries;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>
    /// Every occurrence of the package across the fleet (any version unless the query names one), with
    /// the shortest path from its manifest root. Ordered by repository, manifest, path length.
    /// </summary>
    public IReadOnlyList<PackageUse> WhoUses(PackageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("""
            SELECT r.name, r.revision, m.path, m.lockfile_path, n.ecosystem, n.name, n.normalized_name, n.version, n.purl, n.scope, n.direct, n.manifest_id, n.node_index, n.via_index, n.depth
            FROM nodes n
            JOIN manifests m ON m.id = n.manifest_id
            JOIN repositories r ON r.id = m.repository_id
            WHERE n.node_index > 0 AND n.normalized_name IN (
            """);
        var i = 0;
        foreach (var name in query.NormalizedNames())
        {
            sql.Append(i == 0 ? "$n" : ", $n").Append(i);
            command.Parameters.AddWithValue("$n" + i, name);
            i++;
        }

        sql.Append(')');
        if (query.Ecosystem is { } ecosystem)
        {
            sql.Append(" AND n.ecosystem = $eco");
            command.Parameters.AddWithValue("$eco", ecosystem.ToString());
        }

        sql.Append(" ORDER BY r.name, m.path, COALESCE(n.depth, 1000000), n.version");
        command.CommandText = sql.ToString();

        // One row per (manifest, version): the occurrence nearest the root stands for the others (npm can
        // install one version at many node_modules locations), so the path shown is the shortest.
        var groups = new Dictionary<(long Manifest, string? Version), (PackageUse Use, int? Via, int? Depth)>();
        var order = new List<(long Manifest, string? Version)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var eco = Enum.Parse<Ecosystem>(reader.GetString(4));
                var version = reader.IsDBNull(7) ? null : reader.GetString(7);
                if (!query.Matches(eco, reader.GetString(6), version))
                {
                    continue;
                }

                var key = (reader.GetInt64(11), version);
                var direct = reader.GetInt64(10) == 1;
                int? depth = reader.IsDBNull(14) ? null : reader.GetInt32(14);
                if (groups.TryGetValue(key, out var seen))
                {
                    var scope = DependencyScopes.Strongest(DependencyScopes.Parse(seen.Use.Scope), DependencyScopes.Parse(reader.GetString(9))).ToText();
                    var merged = seen.Use with { Direct = seen.Use.Direct || direct, Scope = scope, Occurrences = seen.Use.Occurrences + 1 };
                    groups[key] = (merged, seen.Via, seen.Depth);
                    continue;
                }

                var use = new PackageUse(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetString(4), reader.GetString(5), version, reader.GetString(8), reader.GetString(9), direct, [], 1);
                groups[key] = (use, reader.IsDBNull(13) ? null : reader.GetInt32(13), depth);
                order.Add(key);
            }
        }

        using var lookup = new NodeLookup(connection);
        return [.. order.Select(key => (Key: key, Group: groups[key])).Select(g => g.Group.Use with { Path = lookup.PathTo(g.Key.Manifest, g.Group.Via, g.Group.Use) })];
    }

    /// <summary>Walks via_index links up to the root; each step is a primary-key lookup, cached per query.</summary>
    private sealed class NodeLookup : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly Dictionary<(long, int), (string Label, int? Via)> _cache = [];

        public NodeLookup(SqliteConnection connection)
        {
            _command = connection.CreateCommand();
            _command.CommandText = "SELECT name, version, via_index FROM nodes WHERE manifest_id = $m AND node_index = $i";
            _command.Parameters.Add(new SqliteParameter("$m", 0L));
            _command.Parameters.Add(new SqliteParameter("$i", 0));
            _command.Prepare();
        }

        public List<string> PathTo(long manifest, int? via, PackageUse target)
        {
            var path = new List<string> { Label(target.Name, target.Version) };
            if (via is null)
            {
                return path;
            }

            // A shortest path never repeats a node, so it ends within the node count; the guard protects
            // against a corrupted database.
            for (var at = via.Value; at != 0 && path.Count < 10_000;)
            {
                var (label, next) = Get(manifest, at);
                path.Add(label);
                if (next is null)
                {
                    break;
                }

                at = next.Value;
            }

            path.Reverse();
            return path;
        }

        public void Dispose() => _command.Dispose();

        private (string Label, int? Via) Get(long manifest, int index)
        {
            if (_cache.TryGetValue((manifest, index), out var hit))
            {
                return hit;
            }

            _command.Parameters[0].Value = manifest;
            _command.Parameters[1].Value = index;
            using var reader = _command.ExecuteReader();
            var value = reader.Read()
                ? (Label(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)), reader.IsDBNull(2) ? (int?)null : reader.GetInt32(2))
                : ("?", (int?)null);
            _cache[(manifest, index)] = value;
            return value;
        }

        private static string Label(string name, string? version) => version is null ? name : name + "@" + version;
    }
}
