using Microsoft.Data.Sqlite;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    public IReadOnlyList<StoredRepository> ListRepositories()
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, location, revision, revision_kind, branch, indexed_at, manifest_count, package_count, problem_count FROM repositories ORDER BY name";
        using var reader = command.ExecuteReader();
        var repositories = new List<StoredRepository>();
        while (reader.Read())
        {
            repositories.Add(new StoredRepository(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9)));
        }

        return repositories;
    }

    public IReadOnlyList<StoredManifest> ListManifests(string repository)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.id, r.name, m.path, m.lockfile_path, m.ecosystem, m.kind, m.project_name, m.project_version, m.fully_resolved, m.node_count
            FROM manifests m JOIN repositories r ON r.id = m.repository_id
            WHERE r.name = $repo ORDER BY m.path
            """;
        command.Parameters.AddWithValue("$repo", repository);
        using var reader = command.ExecuteReader();
        var manifests = new List<StoredManifest>();
        while (reader.Read())
        {
            manifests.Add(new StoredManifest(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), NullableString(reader, 3), reader.GetString(4),
                reader.GetString(5), NullableString(reader, 6), NullableString(reader, 7), reader.GetInt64(8) == 1, reader.GetInt32(9)));
        }

        return manifests;
    }

    public StoredGraph LoadGraph(StoredManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        using var connection = OpenConnection();
        var nodes = new List<StoredNode>(manifest.NodeCount);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT node_index, ecosystem, name, version, purl, scope, direct, source, alias, location, resolved_from, integrity, license FROM nodes WHERE manifest_id = $m ORDER BY node_index";
            command.Parameters.AddWithValue("$m", manifest.Id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                nodes.Add(new StoredNode(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), NullableString(reader, 3), reader.GetString(4),
                    reader.GetString(5), reader.GetInt64(6) == 1, reader.GetString(7), NullableString(reader, 8), NullableString(reader, 9))
                {
                    ResolvedFrom = NullableString(reader, 10),
                    Integrity = NullableString(reader, 11),
                    License = NullableString(reader, 12),
                });
            }
        }

        var edges = new List<StoredEdge>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT parent_index, child_index, scope, requirement FROM edges WHERE manifest_id = $m";
            command.Parameters.AddWithValue("$m", manifest.Id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                edges.Add(new StoredEdge(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), NullableString(reader, 3)));
            }
        }

        var unresolved = new List<StoredUnresolved>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, requirement, reason, scope FROM unresolved WHERE manifest_id = $m";
            command.Parameters.AddWithValue("$m", manifest.Id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                unresolved.Add(new StoredUnresolved(reader.GetString(0), NullableString(reader, 1), reader.GetString(2), reader.GetString(3)));
            }
        }

        return new StoredGraph(manifest, nodes, edges, unresolved);
    }

    public IReadOnlyList<StoredProblem> ListProblems(string? repository = null)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.name, p.file, p.line, p.col, p.message FROM index_problems p JOIN repositories r ON r.id = p.repository_id
            WHERE $repo IS NULL OR r.name = $repo ORDER BY r.name, p.file
            """;
        command.Parameters.AddWithValue("$repo", (object?)repository ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var problems = new List<StoredProblem>();
        while (reader.Read())
        {
            problems.Add(new StoredProblem(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetString(4)));
        }

        return problems;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
