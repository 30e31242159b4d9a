using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    private static readonly string[] ContextFactParameters = ["$r", "$k", "$p", "$j"];

    /// <summary>Every repository's ownership and deployment facts, repository by repository.</summary>
    public IReadOnlyList<StoredContextFact> LoadContextFacts()
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.name, f.kind, f.path, f.data_json FROM context_facts f JOIN repositories r ON r.id = f.repository_id
            ORDER BY r.name, f.rowid
            """;
        using var reader = command.ExecuteReader();
        var facts = new List<StoredContextFact>();
        while (reader.Read())
        {
            facts.Add(new StoredContextFact(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return facts;
    }

    /// <summary>Appends notification records in one transaction.</summary>
    public void RecordNotifications(IReadOnlyList<NotificationRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _writeLock.Wait();
        try
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO notifications (advisory_id, team, finding_key, target, format, sent_at, sent_by, delivered, attempts, outcome, location, title, payload_sha256)
                VALUES ($a, $t, $k, $g, $f, $at, $by, $d, $n, $o, $l, $title, $h)
                """;
            foreach (var r in records)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$a", r.AdvisoryId);
                insert.Parameters.AddWithValue("$t", r.Team);
                insert.Parameters.AddWithValue("$k", r.FindingKey);
                insert.Parameters.AddWithValue("$g", r.Target);
                insert.Parameters.AddWithValue("$f", r.Format);
                insert.Parameters.AddWithValue("$at", r.SentAt.ToString("O", CultureInfo.InvariantCulture));
                insert.Parameters.AddWithValue("$by", r.SentBy);
                insert.Parameters.AddWithValue("$d", r.Delivered ? 1 : 0);
                insert.Parameters.AddWithValue("$n", r.Attempts);
                insert.Parameters.AddWithValue("$o", r.Outcome);
                insert.Parameters.AddWithValue("$l", (object?)r.Location ?? DBNull.Value);
                insert.Parameters.AddWithValue("$title", r.Title);
                insert.Parameters.AddWithValue("$h", r.PayloadSha256);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Recorded notifications, oldest first; for one advisory (any of its ids) when given.</summary>
    public IReadOnlyList<NotificationRecord> LoadNotifications(IReadOnlyCollection<string>? advisoryIds = null)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT advisory_id, team, finding_key, target, format, sent_at, sent_by, delivered, attempts, outcome, location, title, payload_sha256 FROM notifications ORDER BY id";
        using var reader = command.ExecuteReader();
        var records = new List<NotificationRecord>();
        while (reader.Read())
        {
            var record = new NotificationRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture), reader.GetString(6), reader.GetInt64(7) != 0,
                (int)reader.GetInt64(8), reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10), reader.GetString(11), reader.GetString(12));
            if (advisoryIds is null || advisoryIds.Contains(record.AdvisoryId))
            {
                records.Add(record);
            }
        }

        return records;
    }

    private static void WriteContextFacts(SqliteConnection connection, SqliteTransaction transaction, long repositoryId, IReadOnlyList<ContextFact> facts)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO context_facts (repository_id, kind, path, data_json) VALUES ($r, $k, $p, $j)";
        var parameters = ContextFactParameters.Select(n => insert.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        foreach (var fact in facts)
        {
            parameters[0].Value = repositoryId;
            parameters[1].Value = fact.Kind;
            parameters[2].Value = fact.Path;
            parameters[3].Value = fact.DataJson;
            insert.ExecuteNonQuery();
        }
    }
}
