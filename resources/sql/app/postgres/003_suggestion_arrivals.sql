-- When Steward first saw each suggestion (the pipeline's llm_suggestions records no time): one
-- row per suggestion id, written when Steward opens the database read-write and finds ids past
-- the highest one recorded, and never changed after. The queue's age is measured from it. Under
-- the server's roles only steward.record_arrivals (server/5_admin.sql) writes it.
CREATE TABLE steward.suggestion_arrivals (
    id             bigint PRIMARY KEY,
    first_seen_at  timestamptz NOT NULL
);
CREATE INDEX suggestion_arrivals_first_seen ON steward.suggestion_arrivals (first_seen_at, id);
