-- The states pipeline items were in when Steward began keeping records of them (filled once, by
-- the migration that creates the table): audit reconciliation accepts those without a record.
CREATE TABLE steward_adopted_states (
    target_kind  TEXT NOT NULL,
    target_id    TEXT NOT NULL,
    state        TEXT NOT NULL,
    adopted_at   TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
