-- Steward's own tables, PostgreSQL flavour (schema steward). Pipeline tables are never touched here.
CREATE SCHEMA IF NOT EXISTS steward;

CREATE TABLE steward.schema_version (
    version     int PRIMARY KEY,
    applied_at  timestamptz NOT NULL,
    applied_by  text NOT NULL
);

CREATE TABLE steward.roles (
    user_name   text PRIMARY KEY,
    role        text NOT NULL CHECK (role IN ('viewer', 'analyst', 'manager', 'admin')),
    granted_by  text NOT NULL,
    granted_at  timestamptz NOT NULL
);

-- Append-only, hash-chained record of every decision.
CREATE TABLE steward.audit_log (
    seq          bigint PRIMARY KEY,
    recorded_at  timestamptz NOT NULL,
    actor        text NOT NULL,
    action       text NOT NULL,
    target_kind  text NOT NULL,
    target_id    text NOT NULL,
    client_id    text,
    state_before text,
    state_after  text,
    comment      text,
    details      text,
    prev_hash    text NOT NULL,
    hash         text NOT NULL UNIQUE
);
CREATE INDEX audit_log_target ON steward.audit_log (target_kind, target_id);
CREATE INDEX audit_log_time ON steward.audit_log (recorded_at);

CREATE FUNCTION steward.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'steward.audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON steward.audit_log
    FOR EACH ROW EXECUTE FUNCTION steward.refuse_audit_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON steward.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION steward.refuse_audit_change();

-- The newest record of the chain. Appends lock this row, so the chain never forks.
CREATE TABLE steward.audit_head (
    id    int PRIMARY KEY CHECK (id = 1),
    seq   bigint NOT NULL,
    hash  text NOT NULL
);
INSERT INTO steward.audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Rollbacks need a second person: a request, then a manager's decision.
CREATE TABLE steward.rollback_requests (
    request_id       text PRIMARY KEY,
    target_kind      text NOT NULL,
    target_id        text NOT NULL,
    client_id        text,
    from_state       text,
    status           text NOT NULL DEFAULT 'requested',
    requested_by     text NOT NULL,
    requested_at     timestamptz NOT NULL,
    reason           text NOT NULL,
    decided_by       text,
    decided_at       timestamptz,
    decision_comment text
);
CREATE INDEX rollback_requests_status ON steward.rollback_requests (status);

CREATE TABLE steward.settings (
    key         text PRIMARY KEY,
    value       text NOT NULL,
    updated_by  text,
    updated_at  timestamptz
);

CREATE TABLE steward.active_versions (
    client_id      text PRIMARY KEY,
    model_version  text NOT NULL,
    set_by         text NOT NULL,
    set_at         timestamptz NOT NULL
);

CREATE TABLE steward.violation_assignments (
    violation_id  text PRIMARY KEY,
    assignee      text NOT NULL,
    assigned_by   text NOT NULL,
    assigned_at   timestamptz NOT NULL
);

-- What a file-based registry import carried that model_metadata has no column for.
CREATE TABLE steward.model_imports (
    client_id      text NOT NULL,
    model_version  text NOT NULL,
    source_path    text,
    metadata       jsonb NOT NULL,
    imported_by    text NOT NULL,
    imported_at    timestamptz NOT NULL,
    PRIMARY KEY (client_id, model_version)
);
