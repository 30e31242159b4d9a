using System.Globalization;
using Microsoft.Data.Sqlite;
using Sightline.Core.Model;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    public StoredRevision? GetStoredRevision(string repositoryName)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT revision, extractor_signature FROM repositories WHERE name = $name";
        command.Parameters.AddWithValue("$name", repositoryName);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredRevision(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// Replaces everything stored for the repository by <paramref name="index"/> in one transaction: a
    /// failure part-way leaves the previous index intact. The repository keeps its id.
    /// </summary>
    public void ReplaceRepository(RepositoryIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _writeLock.Wait();
        try
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            var repositoryId = UpsertRepository(connection, transaction, index);
            var nextManifestId = ScalarLong(connection, transaction, "SELECT COALESCE(MAX(id), 0) FROM manifests") + 1;
            using var writer = new GraphWriter(connection, transaction);
            foreach (var graph in index.Graphs)
            {
                writer.Write(nextManifestId++, repositoryId, graph);
            }

            writer.WriteProblems(repositoryId, index.Problems);
            CodeWriter.Write(connection, transaction, repositoryId, index.Code);
            WriteContextFacts(connection, transaction, repositoryId, index.Context);
            transaction.Commit();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static long UpsertRepository(SqliteConnection connection, SqliteTransaction transaction, RepositoryIndex index)
    {
        long id;
        using (var find = connection.CreateCommand())
        {
            find.Transaction = transaction;
            find.CommandText = "SELECT id FROM repositories WHERE name = $name";
            find.Parameters.AddWithValue("$name", index.Name);
            var existing = find.ExecuteScalar();
            id = existing is null ? ScalarLong(connection, transaction, "SELECT COALESCE(MAX(id), 0) FROM repositories") + 1 : (long)existing;
            if (existing is not null)
            {
                // Manifests cascade to nodes, edges and unresolved entries.
                using var clear = connection.CreateCommand();
                clear.Transaction = transaction;
                clear.CommandText = "DELETE FROM manifests WHERE repository_id = $id; DELETE FROM index_problems WHERE repository_id = $id; DELETE FROM repositories WHERE id = $id;";
                clear.Parameters.AddWithValue("$id", id);
                clear.ExecuteNonQuery();
            }
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO repositories (id, name, location, revision, revision_kind, branch, extractor_signature, indexed_at, manifest_count, package_count, problem_count)
            VALUES ($id, $name, $location, $revision, $kind, $branch, $signature, $at, $manifests, $packages, $problems)
            """;
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$name", index.Name);
        insert.Parameters.AddWithValue("$location", index.Location);
        insert.Parameters.AddWithValue("$revision", index.Revision);
        insert.Parameters.AddWithValue("$kind", index.RevisionKind.ToString().ToLowerInvariant());
        insert.Parameters.AddWithValue("$branch", (object?)index.Branch ?? DBNull.Value);
        insert.Parameters.AddWithValue("$signature", index.ExtractorSignature);
        insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$manifests", index.Graphs.Count);
        insert.Parameters.AddWithValue("$packages", index.Graphs.Sum(g => g.Nodes.Count - 1));
        insert.Parameters.AddWithValue("$problems", index.Problems.Count);
        insert.ExecuteNonQuery();
        return id;
    }

    private static long ScalarLong(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
