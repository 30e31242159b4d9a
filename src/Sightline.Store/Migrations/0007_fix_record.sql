-- The fix record: every step of fixing an advisory in a repository (planned, branch created, committed,
-- pull request opened, merged, published, deployed, verified, reopened), with who, when and the evidence.
-- Append-only: the triggers refuse changes, and each row carries the hash of the previous one, so a row
-- changed or removed behind the store's back is detected by `sightline fixes verify`.
CREATE TABLE fix_events (
    sequence INTEGER NOT NULL PRIMARY KEY,
    fix_id TEXT NOT NULL,
    repository TEXT NOT NULL,
    step TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    plan_step TEXT,
    evidence TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX ix_fix_events_fix ON fix_events (fix_id, repository);
CREATE TRIGGER fix_events_no_update BEFORE UPDATE ON fix_events BEGIN SELECT RAISE(ABORT, 'the fix record is append-only'); END;
CREATE TRIGGER fix_events_no_delete BEFORE DELETE ON fix_events BEGIN SELECT RAISE(ABORT, 'the fix record is append-only'); END;
