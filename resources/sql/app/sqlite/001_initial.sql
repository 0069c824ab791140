-- Steward's own tables, SQLite flavour (prefix steward_). Pipeline tables are never touched here.
CREATE TABLE steward_schema_version (
    version     INTEGER PRIMARY KEY,
    applied_at  TEXT NOT NULL,
    applied_by  TEXT NOT NULL
);

CREATE TABLE steward_roles (
    user_name   TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'manager', 'admin')),
    granted_by  TEXT NOT NULL,
    granted_at  TEXT NOT NULL
);

-- Append-only, hash-chained record of every decision.
CREATE TABLE steward_audit_log (
    seq          INTEGER PRIMARY KEY,
    recorded_at  TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    target_kind  TEXT NOT NULL,
    target_id    TEXT NOT NULL,
    client_id    TEXT,
    state_before TEXT,
    state_after  TEXT,
    comment      TEXT,
    details      TEXT,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL UNIQUE
);
CREATE INDEX steward_audit_log_target ON steward_audit_log (target_kind, target_id);
CREATE INDEX steward_audit_log_time ON steward_audit_log (recorded_at);

CREATE TRIGGER steward_audit_log_no_update BEFORE UPDATE ON steward_audit_log
BEGIN
    SELECT RAISE(ABORT, 'steward_audit_log is append-only');
END;

CREATE TRIGGER steward_audit_log_no_delete BEFORE DELETE ON steward_audit_log
BEGIN
    SELECT RAISE(ABORT, 'steward_audit_log is append-only');
END;

-- The newest record of the chain, updated with every append: a deleted tail shows as a mismatch.
CREATE TABLE steward_audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    hash  TEXT NOT NULL
);
INSERT INTO steward_audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Rollbacks need a second person: a request, then a manager's decision.
CREATE TABLE steward_rollback_requests (
    request_id       TEXT PRIMARY KEY,
    target_kind      TEXT NOT NULL,
    target_id        TEXT NOT NULL,
    client_id        TEXT,
    from_state       TEXT,
    status           TEXT NOT NULL DEFAULT 'requested',
    requested_by     TEXT NOT NULL,
    requested_at     TEXT NOT NULL,
    reason           TEXT NOT NULL,
    decided_by       TEXT,
    decided_at       TEXT,
    decision_comment TEXT
);
CREATE INDEX steward_rollback_requests_status ON steward_rollback_requests (status);

CREATE TABLE steward_settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_by  TEXT,
    updated_at  TEXT
);

CREATE TABLE steward_active_versions (
    client_id      TEXT PRIMARY KEY,
    model_version  TEXT NOT NULL,
    set_by         TEXT NOT NULL,
    set_at         TEXT NOT NULL
);

CREATE TABLE steward_violation_assignments (
    violation_id  TEXT PRIMARY KEY,
    assignee      TEXT NOT NULL,
    assigned_by   TEXT NOT NULL,
    assigned_at   TEXT NOT NULL
);

-- What a file-based registry import carried that model_metadata has no column for.
CREATE TABLE steward_model_imports (
    client_id      TEXT NOT NULL,
    model_version  TEXT NOT NULL,
    source_path    TEXT,
    metadata       TEXT NOT NULL,
    imported_by    TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    PRIMARY KEY (client_id, model_version)
);
