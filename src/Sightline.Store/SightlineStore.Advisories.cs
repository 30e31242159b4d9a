using System.Globalization;
using Microsoft.Data.Sqlite;
using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Sightline.Store.Advisories;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>Records written per transaction: large enough to be fast, small enough that a failure costs little.</summary>
    private const int AdvisoryBatchSize = 1000;

    /// <summary>
    /// Stores <paramref name="advisories"/> (streamed), one transaction per batch. A record whose <c>modified</c>
    /// is newer than the stored one replaces it; the same or an older one is kept as stored and counted.
    /// </summary>
    public AdvisoryImportResult ImportAdvisories(IEnumerable<Advisory> advisories, string source)
    {
        ArgumentNullException.ThrowIfNull(advisories);
        ArgumentNullException.ThrowIfNull(source);
        var counts = new int[4];
        var changed = new HashSet<(Ecosystem Ecosystem, string Name)>();
        var batch = new List<Advisory>(AdvisoryBatchSize);
        foreach (var advisory in advisories)
        {
            batch.Add(advisory);
            if (batch.Count == AdvisoryBatchSize)
            {
                WriteAdvisoryBatch(batch, source, counts, changed);
                batch.Clear();
            }
        }

        WriteAdvisoryBatch(batch, source, counts, changed);
        return new AdvisoryImportResult(counts[0], counts[1], counts[2], counts[3], changed);
    }

    private void WriteAdvisoryBatch(List<Advisory> batch, string source, int[] counts, HashSet<(Ecosystem, string)> changed)
    {
        if (batch.Count == 0)
        {
            return;
        }

        _writeLock.Wait();
        try
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            using var writer = new AdvisoryWriter(connection, transaction, source, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            foreach (var advisory in batch)
            {
                counts[(int)writer.Write(advisory, changed)]++;
            }

            transaction.Commit();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static IEnumerable<(Ecosystem, string)> PackagesOf(Advisory advisory) =>
        advisory.Affected
            .Where(a => a.Ecosystem is not null && a.Name.Length > 0)
            .Select(a => (a.Ecosystem!.Value, PackageNames.Normalize(a.Ecosystem.Value, a.Name)));

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
