-- Portable SQL: the same schema runs on SQLite and PostgreSQL (integer keys are assigned by the
-- application, so no AUTOINCREMENT / SERIAL is needed).
CREATE TABLE repositories (
    id INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    location TEXT NOT NULL,
    revision TEXT NOT NULL,
    revision_kind TEXT NOT NULL,
    branch TEXT,
    extractor_signature TEXT NOT NULL,
    indexed_at TEXT NOT NULL,
    manifest_count INTEGER NOT NULL,
    package_count INTEGER NOT NULL,
    problem_count INTEGER NOT NULL
);

CREATE TABLE manifests (
    id INTEGER NOT NULL PRIMARY KEY,
    repository_id INTEGER NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    lockfile_path TEXT,
    ecosystem TEXT NOT NULL,
    kind TEXT NOT NULL,
    project_name TEXT,
    project_version TEXT,
    fully_resolved INTEGER NOT NULL,
    node_count INTEGER NOT NULL
);
CREATE INDEX ix_manifests_repository ON manifests (repository_id);

-- One row per package node of a manifest graph; node_index 0 is the project itself.
-- via_index is the parent on a shortest path from the root; via_path spells that path's ancestors
-- ("a@1 > b@2"), so who-uses shows a chain without walking the graph.
CREATE TABLE nodes (
    manifest_id INTEGER NOT NULL REFERENCES manifests (id) ON DELETE CASCADE,
    node_index INTEGER NOT NULL,
    ecosystem TEXT NOT NULL,
    name TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    version TEXT,
    purl TEXT NOT NULL,
    scope TEXT NOT NULL,
    direct INTEGER NOT NULL,
    source TEXT NOT NULL,
    depth INTEGER,
    via_index INTEGER,
    via_path TEXT,
    resolved_from TEXT,
    integrity TEXT,
    alias TEXT,
    location TEXT,
    PRIMARY KEY (manifest_id, node_index)
);
-- Covers the who-uses scan, so it never touches the table rows of non-representative occurrences.
CREATE INDEX ix_nodes_package ON nodes (normalized_name, ecosystem, manifest_id, depth, version, direct, scope, node_index);

-- Keyed child first: a whole graph is read by manifest, and paths are found walking up by child.
CREATE TABLE edges (
    manifest_id INTEGER NOT NULL REFERENCES manifests (id) ON DELETE CASCADE,
    parent_index INTEGER NOT NULL,
    child_index INTEGER NOT NULL,
    scope TEXT NOT NULL,
    requirement TEXT,
    PRIMARY KEY (manifest_id, child_index, parent_index)
);

CREATE TABLE unresolved (
    manifest_id INTEGER NOT NULL REFERENCES manifests (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    requirement TEXT,
    reason TEXT NOT NULL,
    scope TEXT NOT NULL
);
CREATE INDEX ix_unresolved_manifest ON unresolved (manifest_id);
CREATE INDEX ix_unresolved_package ON unresolved (normalized_name);

CREATE TABLE index_problems (
    repository_id INTEGER NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    line INTEGER,
    col INTEGER,
    message TEXT NOT NULL
);
CREATE INDEX ix_index_problems_repository ON index_problems (repository_id);
