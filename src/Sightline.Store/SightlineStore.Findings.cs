using System.Globalization;
using Microsoft.Data.Sqlite;
using Sightline.Store.Findings;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>Streams the package nodes in scope (node 0, the project itself, excluded).</summary>
    public IEnumerable<MatchCandidate> MatchCandidates(FindingScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.repository_id, n.manifest_id, n.node_index, n.ecosystem, n.normalized_name, n.version
            FROM nodes n JOIN manifests m ON m.id = n.manifest_id WHERE n.node_index > 0
            """ + ScopeFilter(command, scope, "m.repository_id", "n.normalized_name");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new MatchCandidate(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5));
        }
    }

    /// <summary>Replaces the findings in scope by <paramref name="findings"/> in one transaction.</summary>
    public void ReplaceFindings(FindingScope scope, IEnumerable<NewFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(findings);
        _writeLock.Wait();
        try
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var delete = connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM findings WHERE 1 = 1" + ScopeFilter(delete, scope, "repository_id", "normalized_name");
                delete.ExecuteNonQuery();
            }

            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT OR IGNORE INTO findings (repository_id, manifest_id, node_index, advisory_id, ecosystem, normalized_name, version, status, reason, fixed, severity_score, severity_band, severity_source, matched_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                """;
            var parameters = Enumerable.Range(1, 14).Select(i => insert.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
            insert.Prepare();
            var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            foreach (var f in findings)
            {
                object?[] values = [f.Node.RepositoryId, f.Node.ManifestId, f.Node.NodeIndex, f.AdvisoryId, f.Node.Ecosystem, f.Node.NormalizedName, f.Node.Version,
                    f.Status, f.Reason, f.Fixed, f.SeverityScore, f.SeverityBand, f.SeveritySource, now];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Findings in scope, optionally only those of some advisories, with their location.</summary>
    public IReadOnlyList<StoredFinding> QueryFindings(FindingScope scope, IReadOnlyCollection<string>? advisoryIds = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        var sql = """
            SELECT r.name, r.revision, m.id, m.path, m.lockfile_path, n.node_index, n.ecosystem, n.name, n.version, n.purl, n.scope, n.direct,
                   f.advisory_id, f.status, f.reason, f.fixed, f.severity_score, f.severity_band, f.severity_source, n.via_path
            FROM findings f
            JOIN nodes n ON n.manifest_id = f.manifest_id AND n.node_index = f.node_index
            JOIN manifests m ON m.id = f.manifest_id
            JOIN repositories r ON r.id = f.repository_id
            WHERE 1 = 1
            """ + ScopeFilter(command, scope, "f.repository_id", "f.normalized_name");
        if (advisoryIds is { Count: > 0 })
        {
            sql += " AND f.advisory_id IN (" + string.Join(", ", advisoryIds.Select((id, i) =>
            {
                command.Parameters.AddWithValue("$a" + i.ToString(CultureInfo.InvariantCulture), id);
                return "$a" + i.ToString(CultureInfo.InvariantCulture);
            })) + ")";
        }

        command.CommandText = sql + " ORDER BY r.name, m.path, n.name, n.version, f.advisory_id";
        using var reader = command.ExecuteReader();
        var findings = new List<StoredFinding>();
        while (reader.Read())
        {
            findings.Add(new StoredFinding(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), NullableString(reader, 4),
                reader.GetInt32(5), reader.GetString(6), reader.GetString(7), NullableString(reader, 8), reader.GetString(9), reader.GetString(10),
                reader.GetInt64(11) == 1, reader.GetString(12), reader.GetString(13), NullableString(reader, 14), NullableString(reader, 15),
                reader.IsDBNull(16) ? null : reader.GetDouble(16), reader.GetString(17), NullableString(reader, 18), NullableString(reader, 19)));
        }

        return findings;
    }

    /// <summary>A reader of dependency paths; dispose it when done.</summary>
    public PathFinder OpenPathFinder() => new(OpenConnection());

    public IReadOnlyList<long> RepositoryIds(IEnumerable<string> names)
    {
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        return [.. ListRepositories().Where(r => wanted.Contains(r.Name)).Select(r => r.Id)];
    }

    /// <summary>
    /// SQL conditions for a scope. A package scope selects by normalised name in every ecosystem: deleting
    /// and re-matching the same wider set keeps findings consistent and the index selective.
    /// </summary>
    private static string ScopeFilter(SqliteCommand command, FindingScope scope, string repositoryColumn, string nameColumn)
    {
        var sql = string.Empty;
        if (scope.RepositoryIds is { } ids)
        {
            sql += $" AND {repositoryColumn} IN ({string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).DefaultIfEmpty("-1"))})";
        }

        if (scope.Packages is { } packages)
        {
            var names = packages.Select(p => p.NormalizedName).Distinct().ToList();
            sql += $" AND {nameColumn} IN ({string.Join(", ", names.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)).DefaultIfEmpty("NULL"))})";
            for (var i = 0; i < names.Count; i++)
            {
                command.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), names[i]);
            }
        }

        return sql;
    }
}
