using System.Text;
using Microsoft.Data.Sqlite;
using Sightline.Core.Model;
using Sightline.Core.Queries;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>
    /// Every repository and manifest that holds the package (any version unless the query names one), one
    /// row per (manifest, version) with the shortest path from the manifest root. npm can install one
    /// version at many node_modules locations: the one nearest the root stands for the others and
    /// <see cref="PackageUse.Occurrences"/> counts them. Ordered by repository, manifest, version.
    /// </summary>
    public IReadOnlyList<PackageUse> WhoUses(PackageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = OpenConnection();
        var groups = ScanOccurrences(connection, query);
        var unresolved = ScanUnresolved(connection, query);
        if (groups.Count == 0 && unresolved.Count == 0)
        {
            return [];
        }

        var manifests = ManifestHeaders(connection);
        using var details = connection.CreateCommand();
        details.CommandText = "SELECT name, purl, via_path FROM nodes WHERE manifest_id = $m AND node_index = $i";
        var manifestParameter = details.Parameters.Add(new SqliteParameter("$m", 0L));
        var indexParameter = details.Parameters.Add(new SqliteParameter("$i", 0));
        details.Prepare();

        var uses = new List<PackageUse>(groups.Count);
        foreach (var group in groups)
        {
            manifestParameter.Value = group.Manifest;
            indexParameter.Value = group.Node;
            using var reader = details.ExecuteReader();
            reader.Read();
            var name = reader.GetString(0);
            var label = group.Version is null ? name : name + "@" + group.Version;
            var path = reader.IsDBNull(2) ? [label] : new List<string>(reader.GetString(2).Split(" > ")) { label };
            var (repository, revision, manifestPath, lockfile) = manifests[group.Manifest];
            uses.Add(new PackageUse(repository, revision, manifestPath, lockfile, group.Ecosystem, name, group.Version, reader.GetString(1),
                group.Scope.ToText(), group.Direct, path, group.Occurrences));
        }

        foreach (var (manifest, ecosystem, name, requirement, reason, scope) in unresolved)
        {
            var (repository, revision, manifestPath, lockfile) = manifests[manifest];
            var label = requirement is null ? name : $"{name} {requirement}";
            uses.Add(new PackageUse(repository, revision, manifestPath, lockfile, ecosystem, name, null,
                Purl.For(Enum.Parse<Ecosystem>(ecosystem), name, null), scope, false, [label], 1, reason));
        }

        return [.. uses.OrderBy(u => u.Repository, StringComparer.Ordinal).ThenBy(u => u.Manifest, StringComparer.Ordinal).ThenBy(u => u.Version, StringComparer.Ordinal)];
    }

    /// <summary>Reads only the covering index: one pass, grouped in memory.</summary>
    private static List<Occurrence> ScanOccurrences(SqliteConnection connection, PackageQuery query)
    {
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT manifest_id, node_index, ecosystem, normalized_name, version, depth, direct, scope FROM nodes WHERE normalized_name IN (");
        var i = 0;
        foreach (var name in query.NormalizedNames())
        {
            sql.Append(i == 0 ? "$n" : ", $n").Append(i);
            command.Parameters.AddWithValue("$n" + i, name);
            i++;
        }

        sql.Append(") AND node_index > 0");
        if (query.Ecosystem is { } ecosystem)
        {
            sql.Append(" AND ecosystem = $eco");
            command.Parameters.AddWithValue("$eco", ecosystem.ToString());
        }

        command.CommandText = sql.ToString();
        var groups = new Dictionary<(long, string?, string), Occurrence>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var eco = reader.GetString(2);
            var version = reader.IsDBNull(4) ? null : reader.GetString(4);
            if (!query.Matches(Enum.Parse<Ecosystem>(eco), reader.GetString(3), version))
            {
                continue;
            }

            var manifest = reader.GetInt64(0);
            var depth = reader.IsDBNull(5) ? int.MaxValue : reader.GetInt32(5);
            var direct = reader.GetInt64(6) == 1;
            var scope = DependencyScopes.Parse(reader.GetString(7));
            if (!groups.TryGetValue((manifest, version, eco), out var group))
            {
                groups[(manifest, version, eco)] = new Occurrence(manifest, reader.GetInt32(1), eco, version, depth, direct, scope);
                continue;
            }

            group.Occurrences++;
            group.Direct |= direct;
            group.Scope = DependencyScopes.Strongest(group.Scope, scope);
            // A direct declaration stands for the group (its path names the project that declares it), else the shallowest.
            if ((direct && !group.RepresentativeDirect) || (direct == group.RepresentativeDirect && depth < group.Depth))
            {
                group.Depth = depth;
                group.Node = reader.GetInt32(1);
                group.RepresentativeDirect = direct;
            }
        }

        return [.. groups.Values];
    }

    /// <summary>Declarations of the package that could not be pinned to a version: they may be the version asked about.</summary>
    private static List<(long Manifest, string Ecosystem, string Name, string? Requirement, string Reason, string Scope)> ScanUnresolved(SqliteConnection connection, PackageQuery query)
    {
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT u.manifest_id, m.ecosystem, u.name, u.normalized_name, u.requirement, u.reason, u.scope FROM unresolved u JOIN manifests m ON m.id = u.manifest_id WHERE u.normalized_name IN (");
        var i = 0;
        foreach (var name in query.NormalizedNames())
        {
            sql.Append(i == 0 ? "$n" : ", $n").Append(i);
            command.Parameters.AddWithValue("$n" + i, name);
            i++;
        }

        command.CommandText = sql.Append(')').ToString();
        var rows = new List<(long, string, string, string?, string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var ecosystem = Enum.Parse<Ecosystem>(reader.GetString(1));
            if (query.Ecosystem is { } only && only != ecosystem || reader.GetString(3) != PackageNames.Normalize(ecosystem, query.Name))
            {
                continue;
            }

            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetString(6)));
        }

        return rows;
    }

    private static Dictionary<long, (string Repository, string Revision, string Path, string? Lockfile)> ManifestHeaders(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.id, r.name, r.revision, m.path, m.lockfile_path FROM manifests m JOIN repositories r ON r.id = m.repository_id";
        using var reader = command.ExecuteReader();
        var headers = new Dictionary<long, (string, string, string, string?)>();
        while (reader.Read())
        {
            headers[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
        }

        return headers;
    }
}
