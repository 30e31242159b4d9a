using Microsoft.Data.Sqlite;
using Sightline.Core.Advisories;
using Sightline.Core.Model;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    private enum AdvisoryOutcome
    {
        Added,
        Replaced,
        Unchanged,
        Older,
    }

    /// <summary>The prepared statements of one import transaction.</summary>
    private sealed class AdvisoryWriter(SqliteConnection connection, SqliteTransaction transaction, string source, string importedAt) : IDisposable
    {
        private readonly SqliteCommand _find = Prepare(connection, transaction, "SELECT id, modified FROM advisories WHERE id_key = $1", 1);
        private readonly SqliteCommand _oldPackages = Prepare(connection, transaction, "SELECT ecosystem, normalized_name FROM advisory_affected WHERE advisory_id = $1 AND ecosystem IS NOT NULL", 1);
        private readonly SqliteCommand _delete = Prepare(connection, transaction, "DELETE FROM advisories WHERE id = $1", 1);
        private readonly SqliteCommand _insert = Prepare(connection, transaction,
            "INSERT INTO advisories (id, id_key, modified, published, withdrawn, summary, details, schema_version, source, imported_at, record_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)", 11);
        private readonly SqliteCommand _alias = Prepare(connection, transaction, "INSERT INTO advisory_aliases (advisory_id, alias, alias_key) VALUES ($1, $2, $3)", 3);
        private readonly SqliteCommand _related = Prepare(connection, transaction, "INSERT INTO advisory_related (advisory_id, related, related_key) VALUES ($1, $2, $3)", 3);
        private readonly SqliteCommand _affected = Prepare(connection, transaction,
            "INSERT INTO advisory_affected (advisory_id, ordinal, ecosystem_name, ecosystem, name, normalized_name, purl) VALUES ($1, $2, $3, $4, $5, $6, $7)", 7);

        public AdvisoryOutcome Write(Advisory advisory, HashSet<(Ecosystem, string)> changed)
        {
            Bind(_find, AdvisoryKey(advisory.Id));
            string? existingId = null;
            var existingModified = DateTimeOffset.MinValue;
            using (var reader = _find.ExecuteReader())
            {
                if (reader.Read())
                {
                    existingId = reader.GetString(0);
                    existingModified = ParseTimestamp(reader.IsDBNull(1) ? null : reader.GetString(1));
                }
            }

            var modified = advisory.Modified ?? DateTimeOffset.MinValue;
            if (existingId is not null)
            {
                if (modified == existingModified)
                {
                    return AdvisoryOutcome.Unchanged;
                }

                if (modified < existingModified)
                {
                    return AdvisoryOutcome.Older;
                }

                // The packages the old record named may no longer be affected: they must be re-matched too.
                Bind(_oldPackages, existingId);
                using (var reader = _oldPackages.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        changed.Add((Enum.Parse<Ecosystem>(reader.GetString(0)), reader.GetString(1)));
                    }
                }

                Bind(_delete, existingId);
                _delete.ExecuteNonQuery();
            }

            Insert(advisory);
            changed.UnionWith(PackagesOf(advisory));
            return existingId is null ? AdvisoryOutcome.Added : AdvisoryOutcome.Replaced;
        }

        private void Insert(Advisory a)
        {
            Bind(_insert, a.Id, AdvisoryKey(a.Id), Timestamp(a.Modified), Timestamp(a.Published), Timestamp(a.Withdrawn),
                a.Summary, a.Details, a.SchemaVersion, source, importedAt, AdvisoryToJson(a));
            _insert.ExecuteNonQuery();
            foreach (var alias in a.Aliases.Where(x => x.Trim().Length > 0).DistinctBy(AdvisoryKey))
            {
                Bind(_alias, a.Id, alias, AdvisoryKey(alias));
                _alias.ExecuteNonQuery();
            }

            foreach (var related in a.Related.Where(x => x.Trim().Length > 0).DistinctBy(AdvisoryKey))
            {
                Bind(_related, a.Id, related, AdvisoryKey(related));
                _related.ExecuteNonQuery();
            }

            for (var i = 0; i < a.Affected.Count; i++)
            {
                var p = a.Affected[i];
                var normalized = p.Ecosystem is { } e ? PackageNames.Normalize(e, p.Name) : p.Name.Trim();
                Bind(_affected, a.Id, i, p.EcosystemName, p.Ecosystem?.ToString(), p.Name, normalized, p.Purl);
                _affected.ExecuteNonQuery();
            }
        }

        public void Dispose()
        {
            foreach (var command in new[] { _find, _oldPackages, _delete, _insert, _alias, _related, _affected })
            {
                command.Dispose();
            }
        }
    }
}
