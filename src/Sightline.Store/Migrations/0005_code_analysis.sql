-- Source analysis per repository file (reachability): the analyser's whole result as JSON, keyed by the
-- file's content hash so re-indexing re-analyses only changed files.
CREATE TABLE code_files (
    id INTEGER NOT NULL PRIMARY KEY,
    repository_id INTEGER NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    analyser TEXT NOT NULL,
    analyser_version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    is_test INTEGER NOT NULL,
    skipped TEXT,
    lines INTEGER NOT NULL,
    analysis_json TEXT NOT NULL
);
CREATE INDEX ix_code_files_repository ON code_files (repository_id);

-- Every call site into a package (callee or candidate names), for "most used functions" and quick lookups.
CREATE TABLE code_external_calls (
    file_id INTEGER NOT NULL REFERENCES code_files (id) ON DELETE CASCADE,
    callee TEXT NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL
);
CREATE INDEX ix_code_external_calls_callee ON code_external_calls (callee);
CREATE INDEX ix_code_external_calls_file ON code_external_calls (file_id);
