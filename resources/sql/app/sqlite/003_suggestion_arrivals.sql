-- When Steward first saw each suggestion (the pipeline's llm_suggestions records no time): one
-- row per suggestion id, written when Steward opens the database read-write and finds ids past
-- the highest one recorded, and never changed after. The queue's age is measured from it.
CREATE TABLE steward_suggestion_arrivals (
    id             INTEGER PRIMARY KEY,
    first_seen_at  TEXT NOT NULL
);
CREATE INDEX steward_suggestion_arrivals_first_seen ON steward_suggestion_arrivals (first_seen_at, id);
