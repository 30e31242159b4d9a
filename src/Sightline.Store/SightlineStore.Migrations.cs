using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    private const string MigrationPrefix = "Sightline.Store.Migrations.";

    /// <summary>The schema version this build expects (the highest migration).</summary>
    public static int SchemaVersion => LoadMigrations().Max(m => m.Version);

    /// <summary>Applies, in order and each in its own transaction, every migration the database lacks.</summary>
    private static void Migrate(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
        var applied = new HashSet<int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT version FROM schema_migrations";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var known = LoadMigrations();
        if (applied.Count > 0 && applied.Max() > known.Max(m => m.Version))
        {
            throw new InvalidOperationException(
                $"the database schema (version {applied.Max()}) is newer than this Sightline (version {known.Max(m => m.Version)}); upgrade Sightline");
        }

        foreach (var migration in known.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, migration.Sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static List<(int Version, string Name, string Sql)> LoadMigrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var migrations = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(MigrationPrefix, StringComparison.Ordinal)))
        {
            var name = resource[MigrationPrefix.Length..];
            var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add((version, name, reader.ReadToEnd()));
        }

        return migrations;
    }
}
