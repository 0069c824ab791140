-- The states pipeline items were in when Steward began keeping records of them (filled once, by
-- the migration that creates the table): audit reconciliation accepts those without a record.
CREATE TABLE steward.adopted_states (
    target_kind  text NOT NULL,
    target_id    text NOT NULL,
    state        text NOT NULL,
    adopted_at   timestamptz NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
