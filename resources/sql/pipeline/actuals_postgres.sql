-- Not a pipeline table: observed demand, as a warehouse export would add it beside the
-- pipeline's tables. Steward overlays it on forecast fans when it is present.
CREATE TABLE forecast_actuals (
    id               bigserial PRIMARY KEY,
    client_id        text NOT NULL,
    series_key       text NOT NULL,
    actual_date      date NOT NULL,
    actual_quantity  numeric NOT NULL
);
