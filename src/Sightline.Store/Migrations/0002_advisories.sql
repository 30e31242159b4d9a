-- OSV advisories. id_key / alias_key are the upper-cased spellings, so lookups are case-insensitive
-- with a plain index on both SQLite and PostgreSQL. The whole record is kept as JSON (record_json), so a
-- record reads back exactly as it was imported; the other columns are for queries and listings.
CREATE TABLE advisories (
    id TEXT NOT NULL PRIMARY KEY,
    id_key TEXT NOT NULL UNIQUE,
    modified TEXT,
    published TEXT,
    withdrawn TEXT,
    summary TEXT,
    details TEXT,
    schema_version TEXT,
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    record_json TEXT NOT NULL
);

-- One row per alias of a record: a CVE finds its GHSA/GO/PYSEC records, an id finds the records naming it.
CREATE TABLE advisory_aliases (
    advisory_id TEXT NOT NULL REFERENCES advisories (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (advisory_id, alias_key)
);
CREATE INDEX ix_advisory_aliases_key ON advisory_aliases (alias_key);

CREATE TABLE advisory_related (
    advisory_id TEXT NOT NULL REFERENCES advisories (id) ON DELETE CASCADE,
    related TEXT NOT NULL,
    related_key TEXT NOT NULL,
    PRIMARY KEY (advisory_id, related_key)
);
CREATE INDEX ix_advisory_related_key ON advisory_related (related_key);

-- One row per affected[] entry. ecosystem is the Sightline ecosystem (NULL for Debian:11 and other
-- ecosystems this build does not support: kept, never matched); normalized_name follows PackageNames.
CREATE TABLE advisory_affected (
    advisory_id TEXT NOT NULL REFERENCES advisories (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    ecosystem_name TEXT NOT NULL,
    ecosystem TEXT,
    name TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    purl TEXT,
    PRIMARY KEY (advisory_id, ordinal)
);
CREATE INDEX ix_advisory_affected_package ON advisory_affected (ecosystem, normalized_name, advisory_id);
