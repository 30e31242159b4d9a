using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>Appends one event to the fix record, chained to the last one; returns it as stored.</summary>
    public FixEvent AppendFixEvent(string fixId, string repository, string step, string actor, string evidence, string? planStep = null, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(fixId);
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(evidence);
        if (!FixSteps.All.Contains(step))
        {
            throw new ArgumentException($"unknown fix step '{step}' ({string.Join(", ", FixSteps.All)})", nameof(step));
        }

        _writeLock.Wait();
        try
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            var (sequence, previous) = LastFixEvent(connection, transaction);
            var when = (at ?? DateTimeOffset.UtcNow).ToUniversalTime();
            var hash = FixEvent.ComputeHash(sequence + 1, fixId, repository, step, when, actor, planStep, evidence, previous);
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO fix_events (sequence, fix_id, repository, step, at, actor, plan_step, evidence, previous_hash, hash)
                VALUES ($s, $f, $r, $step, $at, $actor, $plan, $evidence, $previous, $hash)
                """;
            insert.Parameters.AddWithValue("$s", sequence + 1);
            insert.Parameters.AddWithValue("$f", fixId);
            insert.Parameters.AddWithValue("$r", repository);
            insert.Parameters.AddWithValue("$step", step);
            insert.Parameters.AddWithValue("$at", when.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$actor", actor);
            insert.Parameters.AddWithValue("$plan", (object?)planStep ?? DBNull.Value);
            insert.Parameters.AddWithValue("$evidence", evidence);
            insert.Parameters.AddWithValue("$previous", previous);
            insert.Parameters.AddWithValue("$hash", hash);
            insert.ExecuteNonQuery();
            transaction.Commit();
            return new FixEvent(sequence + 1, fixId, repository, step, when, actor, planStep, evidence, previous, hash);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The record, oldest first; one fix (advisory id) when given.</summary>
    public IReadOnlyList<FixEvent> LoadFixEvents(string? fixId = null)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, fix_id, repository, step, at, actor, plan_step, evidence, previous_hash, hash FROM fix_events"
            + (fixId is null ? string.Empty : " WHERE fix_id = $f") + " ORDER BY sequence";
        if (fixId is not null)
        {
            command.Parameters.AddWithValue("$f", fixId);
        }

        using var reader = command.ExecuteReader();
        var events = new List<FixEvent>();
        while (reader.Read())
        {
            events.Add(new FixEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7), reader.GetString(8), reader.GetString(9)));
        }

        return events;
    }

    /// <summary>Walks the whole chain: every hash recomputed, every link and sequence number checked.</summary>
    public FixRecordVerification VerifyFixRecord()
    {
        var events = LoadFixEvents();
        var previous = FixEvent.Genesis;
        long expected = 1;
        foreach (var e in events)
        {
            if (e.Sequence != expected)
            {
                return new FixRecordVerification(false, events.Count, e.Sequence, $"event {expected} is missing: the record jumps from {expected - 1} to {e.Sequence}");
            }

            if (e.PreviousHash != previous)
            {
                return new FixRecordVerification(false, events.Count, e.Sequence, $"event {e.Sequence} does not follow event {e.Sequence - 1}: its previous hash does not match");
            }

            if (e.Recompute() != e.Hash)
            {
                return new FixRecordVerification(false, events.Count, e.Sequence, $"event {e.Sequence} ({e.Step} in {e.Repository}) was modified: its content does not match its hash");
            }

            previous = e.Hash;
            expected++;
        }

        return new FixRecordVerification(true, events.Count, null, null);
    }

    private static (long Sequence, string Hash) LastFixEvent(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var last = connection.CreateCommand();
        last.Transaction = transaction;
        last.CommandText = "SELECT sequence, hash FROM fix_events ORDER BY sequence DESC LIMIT 1";
        using var reader = last.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, FixEvent.Genesis);
    }
}
