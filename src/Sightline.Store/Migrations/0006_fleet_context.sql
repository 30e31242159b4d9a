-- What each repository says about ownership and deployment (CODEOWNERS, catalog entities, workloads,
-- Dockerfile labels, sightline.yaml), one JSON document per fact. Replaced with the repository.
CREATE TABLE context_facts (
    repository_id INTEGER NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    data_json TEXT NOT NULL
);
CREATE INDEX ix_context_facts_repository ON context_facts (repository_id);

-- Every notification attempt: who sent what to whom, when, and how it went. A finding already
-- delivered to a team is not sent again unless asked. Never deleted with a repository.
CREATE TABLE notifications (
    id INTEGER NOT NULL PRIMARY KEY,
    advisory_id TEXT NOT NULL,
    team TEXT NOT NULL,
    finding_key TEXT NOT NULL,
    target TEXT NOT NULL,
    format TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    delivered INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    location TEXT,
    title TEXT NOT NULL,
    payload_sha256 TEXT NOT NULL
);
CREATE INDEX ix_notifications_finding ON notifications (advisory_id, team, finding_key);
