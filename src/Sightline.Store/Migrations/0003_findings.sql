-- A finding: one package node of one manifest matched by one advisory. Findings go with their manifest
-- (cascade), so re-indexing a repository drops its findings until it is matched again.
CREATE TABLE findings (
    repository_id INTEGER NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    manifest_id INTEGER NOT NULL REFERENCES manifests (id) ON DELETE CASCADE,
    node_index INTEGER NOT NULL,
    advisory_id TEXT NOT NULL,
    ecosystem TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    version TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    fixed TEXT,
    severity_score REAL,
    severity_band TEXT NOT NULL,
    severity_source TEXT,
    matched_at TEXT NOT NULL,
    PRIMARY KEY (manifest_id, node_index, advisory_id)
);
CREATE INDEX ix_findings_advisory ON findings (advisory_id);
CREATE INDEX ix_findings_package ON findings (normalized_name, ecosystem);
CREATE INDEX ix_findings_repository ON findings (repository_id);
