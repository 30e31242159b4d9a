using Microsoft.Data.Sqlite;

namespace Sightline.Store;

/// <summary>
/// The SQLite store. One instance per process; writes go through one connection at a time, reads open
/// their own. WAL mode lets queries run while an index is being written.
/// </summary>
public sealed partial class SightlineStore : IDisposable
{
    /// <summary>The default database, relative to the working directory.</summary>
    public const string DefaultPath = ".sightline/sightline.db";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private SightlineStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>Opens (creating if needed) the database and brings its schema up to date.</summary>
    public static SightlineStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var store = new SightlineStore(full);
        using (var connection = store.OpenConnection())
        {
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Migrate(connection);
        }

        return store;
    }

    /// <summary>Resolves the database path: the --db value, else SIGHTLINE_DB, else the default.</summary>
    public static string ResolvePath(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable("SIGHTLINE_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultPath;

    internal SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000;");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _writeLock.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
