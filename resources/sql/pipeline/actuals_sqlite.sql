-- Not a pipeline table: observed demand, as a warehouse export would add it beside the
-- pipeline's tables. Steward overlays it on forecast fans when it is present.
CREATE TABLE forecast_actuals (
    id               INTEGER PRIMARY KEY,
    client_id        TEXT NOT NULL,
    series_key       TEXT NOT NULL,
    actual_date      TEXT NOT NULL,
    actual_quantity  REAL NOT NULL
);
