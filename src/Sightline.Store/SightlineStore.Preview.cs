using Sightline.Store.Findings;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>Findings that were matched but not stored (a previewed pattern advisory), with everything a report needs.</summary>
    public IReadOnlyList<StoredFinding> DescribeUnstored(IReadOnlyList<NewFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.name, r.revision, m.path, m.lockfile_path, n.ecosystem, n.name, n.version, n.purl, n.scope, n.direct, n.via_path
            FROM nodes n JOIN manifests m ON m.id = n.manifest_id JOIN repositories r ON r.id = m.repository_id
            WHERE n.manifest_id = $m AND n.node_index = $i
            """;
        var manifest = command.Parameters.AddWithValue("$m", 0L);
        var node = command.Parameters.AddWithValue("$i", 0);
        command.Prepare();
        var described = new List<StoredFinding>(findings.Count);
        foreach (var f in findings)
        {
            manifest.Value = f.Node.ManifestId;
            node.Value = f.Node.NodeIndex;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                continue;
            }

            described.Add(new StoredFinding(reader.GetString(0), reader.GetString(1), f.Node.ManifestId, reader.GetString(2), NullableString(reader, 3),
                f.Node.NodeIndex, reader.GetString(4), reader.GetString(5), NullableString(reader, 6), reader.GetString(7), reader.GetString(8),
                reader.GetInt64(9) == 1, f.AdvisoryId, f.Status, f.Reason, f.Fixed, f.SeverityScore, f.SeverityBand, f.SeveritySource, NullableString(reader, 10)));
        }

        return described;
    }
}
