using Sightline.Core.Advisories;
using Sightline.Core.Model;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>
    /// The records an id or alias names, case-insensitively: the record with that id first, then records listing
    /// it as an alias (a CVE finds its GHSA, GO and PYSEC records), then records sharing an alias with the first
    /// (GHSA-x finds the GO record of the same CVE). Empty when unknown.
    /// </summary>
    public IReadOnlyList<Advisory> FindAdvisories(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        var key = AdvisoryKey(idOrAlias);
        using var connection = OpenConnection();
        var exact = QueryRecords(connection, "SELECT record_json FROM advisories WHERE id_key = $1", key).ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal) { key };
        keys.UnionWith(exact.SelectMany(a => a.Aliases).Select(AdvisoryKey));
        var found = new List<Advisory>(exact);
        var seen = new HashSet<string>(exact.Select(a => AdvisoryKey(a.Id)), StringComparer.Ordinal);
        foreach (var k in keys.Order(StringComparer.Ordinal))
        {
            const string Sql = """
                SELECT a.record_json FROM advisories a WHERE a.id_key = $1
                UNION SELECT a.record_json FROM advisory_aliases x JOIN advisories a ON a.id = x.advisory_id WHERE x.alias_key = $1
                """;
            foreach (var advisory in QueryRecords(connection, Sql, k))
            {
                if (seen.Add(AdvisoryKey(advisory.Id)))
                {
                    found.Add(advisory);
                }
            }
        }

        return [.. found.Take(exact.Count), .. found.Skip(exact.Count).OrderBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every record with an affected[] entry for the package, streamed; withdrawn ones included.</summary>
    public IEnumerable<Advisory> AdvisoriesFor(Ecosystem ecosystem, string normalizedName)
    {
        ArgumentNullException.ThrowIfNull(normalizedName);
        using var connection = OpenConnection();
        const string Sql = """
            SELECT a.record_json FROM advisories a
            WHERE a.id IN (SELECT f.advisory_id FROM advisory_affected f WHERE f.ecosystem = $1 AND f.normalized_name = $2)
            ORDER BY a.id
            """;
        foreach (var advisory in QueryRecords(connection, Sql, ecosystem.ToString(), normalizedName))
        {
            yield return advisory;
        }
    }

    /// <summary>
    /// The records that name a package indexed in the given repositories (all when null): matching never
    /// reads the many advisories for packages nobody in the fleet uses.
    /// </summary>
    public IEnumerable<Advisory> AdvisoriesForIndexedPackages(IReadOnlyCollection<long>? repositoryIds = null)
    {
        using var connection = OpenConnection();
        var repositories = repositoryIds is null
            ? string.Empty
            : " AND n.manifest_id IN (SELECT m.id FROM manifests m WHERE m.repository_id IN ("
              + string.Join(", ", repositoryIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty("-1")) + "))";
        var sql = $"""
            SELECT a.record_json FROM advisories a
            WHERE a.id IN (
                SELECT f.advisory_id FROM advisory_affected f
                WHERE f.ecosystem IS NOT NULL
                  AND EXISTS (SELECT 1 FROM nodes n WHERE n.normalized_name = f.normalized_name AND n.ecosystem = f.ecosystem{repositories}))
            ORDER BY a.id
            """;
        foreach (var advisory in QueryRecords(connection, sql))
        {
            yield return advisory;
        }
    }

    /// <summary>Every stored record, streamed in id order; withdrawn ones included (the caller skips them).</summary>
    public IEnumerable<Advisory> AllAdvisories()
    {
        using var connection = OpenConnection();
        foreach (var advisory in QueryRecords(connection, "SELECT record_json FROM advisories ORDER BY id"))
        {
            yield return advisory;
        }
    }

    public int AdvisoryCount()
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM advisories";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<Advisory> QueryRecords(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), values[i]);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return AdvisoryFromJson(reader.GetString(0));
        }
    }
}
