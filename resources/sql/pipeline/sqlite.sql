-- The pipeline's tables in SQLite form, as the demo and tests write them: uuid, jsonb and
-- timestamptz become TEXT (ISO 8601 UTC for times), numeric becomes REAL, date becomes
-- TEXT (YYYY-MM-DD). Column for column the same as postgres.sql.
CREATE TABLE forecast_results (
    id                  INTEGER PRIMARY KEY,
    series_key          TEXT NOT NULL,
    client_id           TEXT NOT NULL,
    product_id          INTEGER,
    forecast_date       TEXT NOT NULL,
    predicted_quantity  REAL NOT NULL,
    confidence_lower    REAL,
    confidence_upper    REAL,
    event_tier          INTEGER,
    model_version       TEXT,
    created_at          TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE training_jobs (
    id              INTEGER PRIMARY KEY,
    job_id          TEXT UNIQUE NOT NULL,
    client_id       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending',
    started_at      TEXT,
    completed_at    TEXT,
    metrics         TEXT,
    model_version   TEXT,
    error_message   TEXT
);

CREATE TABLE backtest_results (
    id              INTEGER PRIMARY KEY,
    result_id       TEXT UNIQUE NOT NULL,
    cycle_id        TEXT,
    client_id       TEXT NOT NULL,
    forecast_level  TEXT NOT NULL DEFAULT 'order',
    fold_index      INTEGER,
    train_start     TEXT,
    train_end       TEXT,
    test_start      TEXT,
    test_end        TEXT,
    metrics         TEXT NOT NULL,
    model_version   TEXT
);

CREATE TABLE improvement_cycles (
    id              INTEGER PRIMARY KEY,
    cycle_id        TEXT UNIQUE NOT NULL,
    client_id       TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'PROFILING',
    max_iterations  INTEGER DEFAULT 5,
    current_iteration INTEGER DEFAULT 0,
    convergence_threshold REAL DEFAULT 0.005,
    mape_before     REAL,
    mape_after      REAL,
    config_snapshot TEXT,
    error_message   TEXT
);

CREATE TABLE model_metadata (
    id                INTEGER PRIMARY KEY,
    client_id         TEXT NOT NULL,
    model_version     TEXT NOT NULL,
    metrics           TEXT,
    feature_count     INTEGER,
    training_samples  INTEGER,
    created_at        TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (client_id, model_version)
);

CREATE TABLE sku_metadata (
    id                INTEGER PRIMARY KEY,
    client_id         TEXT NOT NULL,
    product_id        INTEGER NOT NULL,
    sku_type          TEXT,
    demand_frequency  REAL
);

CREATE TABLE discovered_events (
    id           INTEGER PRIMARY KEY,
    client_id    TEXT NOT NULL,
    event_name   TEXT NOT NULL,
    event_date   TEXT,
    event_tier   INTEGER,
    evidence     TEXT
);

CREATE TABLE llm_providers (
    id             INTEGER PRIMARY KEY,
    provider_type  TEXT NOT NULL,
    model_name     TEXT NOT NULL,
    api_key        TEXT
);

CREATE TABLE model_comparisons (
    id          INTEGER PRIMARY KEY,
    client_id   TEXT NOT NULL,
    model_a     TEXT NOT NULL,
    model_b     TEXT NOT NULL,
    metrics_a   TEXT,
    metrics_b   TEXT,
    winner      TEXT,
    created_at  TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE data_profiles (
    id                 INTEGER PRIMARY KEY,
    client_id          TEXT NOT NULL,
    summary_stats      TEXT,
    demand_patterns    TEXT,
    temporal_patterns  TEXT,
    created_at         TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE anomaly_log (
    id           INTEGER PRIMARY KEY,
    client_id    TEXT NOT NULL,
    series_key   TEXT,
    anomaly_date TEXT,
    details      TEXT,
    created_at   TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE llm_suggestions (
    id              INTEGER PRIMARY KEY,
    suggestion_id   TEXT UNIQUE NOT NULL,
    cycle_id        TEXT,
    client_id       TEXT NOT NULL,
    category        TEXT NOT NULL,
    summary         TEXT NOT NULL,
    reasoning       TEXT,
    parameter_diff  TEXT,
    before_metrics  TEXT,
    after_metrics   TEXT,
    status          TEXT NOT NULL DEFAULT 'pending'
);

CREATE TABLE governance_policies (
    id           INTEGER PRIMARY KEY,
    policy_id    TEXT UNIQUE NOT NULL,
    policy_name  TEXT UNIQUE NOT NULL,
    policy_type  TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'draft',
    rules        TEXT,
    thresholds   TEXT,
    description  TEXT
);

CREATE TABLE governance_violations (
    id             INTEGER PRIMARY KEY,
    violation_id   TEXT UNIQUE NOT NULL,
    policy_id      TEXT NOT NULL REFERENCES governance_policies (policy_id),
    client_id      TEXT,
    model_version  TEXT,
    violation_type TEXT NOT NULL,
    severity       TEXT NOT NULL,
    description    TEXT NOT NULL,
    details        TEXT,
    status         TEXT NOT NULL DEFAULT 'open',
    resolution     TEXT,
    resolved_by    TEXT,
    detected_at    TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    resolved_at    TEXT
);
