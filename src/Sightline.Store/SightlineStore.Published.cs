using Sightline.Core.Model;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>Every package the fleet's manifests publish, with the repository and manifest that produce it.</summary>
    public InternalPackages LoadInternalPackages()
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.name, m.id, m.path, p.ecosystem, p.name, p.normalized_name, p.version
            FROM published_packages p JOIN manifests m ON m.id = p.manifest_id JOIN repositories r ON r.id = m.repository_id
            ORDER BY r.name, m.path, p.name
            """;
        using var reader = command.ExecuteReader();
        var producers = new List<PublishedRecord>();
        while (reader.Read())
        {
            producers.Add(new PublishedRecord(reader.GetString(0), reader.GetInt64(1), reader.GetString(2),
                Enum.Parse<Ecosystem>(reader.GetString(3)), reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return new InternalPackages(producers);
    }

    /// <summary>The manifests of a repository that publish the package (by normalized name).</summary>
    public IReadOnlyList<PublishedRecord> ProducersOf(Ecosystem ecosystem, string name) =>
        LoadInternalPackages().Producers(ecosystem, name);

    /// <summary>
    /// Maven packages are "group:artifact": a query by artifact alone ("log4j-core") finds nothing, so the
    /// indexed full names ending in it are offered instead.
    /// </summary>
    public IReadOnlyList<string> MavenNamesForArtifact(string artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        if (artifact.Contains(':', StringComparison.Ordinal) || artifact.Length == 0)
        {
            return [];
        }

        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT name FROM nodes WHERE ecosystem = 'Maven' AND normalized_name LIKE $pattern ESCAPE '\\' ORDER BY name LIMIT 10";
        command.Parameters.AddWithValue("$pattern", "%:" + artifact.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal));
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}

public sealed partial class SightlineStore
{
    /// <summary>Every version of a package the fleet resolves somewhere: versions known to exist, for fix targets.</summary>
    public IReadOnlyList<string> VersionsOf(Ecosystem ecosystem, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT version FROM nodes WHERE ecosystem = $e AND normalized_name = $n AND version IS NOT NULL ORDER BY version";
        command.Parameters.AddWithValue("$e", ecosystem.ToString());
        command.Parameters.AddWithValue("$n", PackageNames.Normalize(ecosystem, name));
        using var reader = command.ExecuteReader();
        var versions = new List<string>();
        while (reader.Read())
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }
}
