using Microsoft.Data.Sqlite;
using Sightline.Store.Findings;

namespace Sightline.Store;

/// <summary>What a match run changed: finding ids before and after, named for reports; local node labels.</summary>
public sealed partial class SightlineStore
{
    /// <summary>The findings in scope as (manifest, node, advisory): cheap enough to diff before and after a match.</summary>
    public IReadOnlySet<(long Manifest, int Node, string Advisory)> QueryFindingIds(FindingScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT manifest_id, node_index, advisory_id FROM findings WHERE 1 = 1" + ScopeFilter(command, scope, "repository_id", "normalized_name");
        using var reader = command.ExecuteReader();
        var ids = new HashSet<(long, int, string)>();
        while (reader.Read())
        {
            ids.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return ids;
    }

    /// <summary>Names findings given by id as "repository|manifest|ecosystem|package|version|advisory".</summary>
    public IReadOnlyList<string> DescribeFindings(IEnumerable<(long Manifest, int Node, string Advisory)> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.name, m.path, n.ecosystem, n.name, n.version FROM nodes n
            JOIN manifests m ON m.id = n.manifest_id JOIN repositories r ON r.id = m.repository_id
            WHERE n.manifest_id = $m AND n.node_index = $i
            """;
        var manifest = command.Parameters.Add(new SqliteParameter("$m", 0L));
        var node = command.Parameters.Add(new SqliteParameter("$i", 0));
        command.Prepare();
        var keys = new List<string>();
        foreach (var (m, i, advisory) in ids)
        {
            manifest.Value = m;
            node.Value = i;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                keys.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetString(3)}|{NullableString(reader, 4)}|{advisory}");
            }
        }

        return [.. keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Labels ("name@version") of a manifest's local nodes: workspace members and project references.</summary>
    public IReadOnlySet<string> LocalLabels(long manifestId)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, version FROM nodes WHERE manifest_id = $m AND source = 'local' AND node_index > 0";
        command.Parameters.AddWithValue("$m", manifestId);
        using var reader = command.ExecuteReader();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            labels.Add(reader.IsDBNull(1) ? reader.GetString(0) : reader.GetString(0) + "@" + reader.GetString(1));
        }

        return labels;
    }
}
