-- The pipeline's daily accuracy rollup on a PostgreSQL server (WmapeDays): per client, model
-- version and forecast date, the sum of |forecast - actual|, the sum of actuals and the number
-- of forecast-actual pairs. Kept current by Steward's triggers on the two tables, in the writer's
-- own transaction, so that the rollup and the rows it sums are committed together.
--
-- FORECASTS and ACTUALS stand for the two tables' qualified names; the whole script runs in one
-- transaction of `steward-cli init --indexes`, as the tables' owner. It leaves the tables'
-- columns and rows as they are.
--
-- A pair is added by whichever of its two rows is written second. Writers of actuals take an
-- exclusive advisory lock and writers of forecasts a shared one, each held until commit, so that
-- a forecast and its actual written at the same time are not both missed: the later writer
-- waits, then reads the other's committed row (READ COMMITTED takes a new snapshot per
-- statement). A trigger never makes the system's write fail: should its work fail (another
-- isolation level, a deadlock), it marks the rollup stale instead, and summaries join the
-- tables again until the next `init --indexes`.

-- Quietly: DROP … IF EXISTS and CREATE … IF NOT EXISTS would each send a notice.
SET LOCAL client_min_messages = warning;

-- No writer between the fill below and the triggers taking over.
LOCK TABLE FORECASTS, ACTUALS IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE IF NOT EXISTS steward.search_wmape_days (
    client_id     text NOT NULL,
    model_version text,
    forecast_date date NOT NULL,
    abs_error     numeric NOT NULL,
    actual_sum    numeric NOT NULL,
    pairs         bigint NOT NULL
);

-- A forecast without a version has its own row, apart from one whose version is ''.
CREATE UNIQUE INDEX IF NOT EXISTS search_wmape_days_key ON steward.search_wmape_days
    (client_id, (model_version IS NULL), (coalesce(model_version, '')), forecast_date);

-- One row; stale_since is set when a trigger could not keep the rollup current.
CREATE TABLE IF NOT EXISTS steward.search_wmape_state (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    stale_since timestamptz,
    reason      text
);

-- One function for both tables' triggers; TG_ARGV[0] says which table fired ('forecasts' or
-- 'actuals'). The rows a statement changed count +1 (new) or -1 (old), joined to the other table.
CREATE OR REPLACE FUNCTION steward.wmape_days_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    changed text;
    joined text;
BEGIN
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            DELETE FROM steward.search_wmape_days;
            RETURN NULL;
        END IF;
        IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION '% written under % isolation', TG_ARGV[0],
                pg_catalog.current_setting('transaction_isolation');
        END IF;
        changed := CASE TG_OP
            WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
            WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
            ELSE 'SELECT -1 AS sign, * FROM old_rows UNION ALL SELECT 1 AS sign, * FROM new_rows' END;
        IF TG_ARGV[0] = 'forecasts' THEN
            PERFORM pg_catalog.pg_advisory_xact_lock_shared(1400136055, 1);
            joined := pg_catalog.format('(%s) f JOIN ACTUALS a', changed);
        ELSE
            PERFORM pg_catalog.pg_advisory_xact_lock(1400136055, 1);
            joined := pg_catalog.format('FORECASTS f JOIN (%s) a', changed);
        END IF;
        EXECUTE pg_catalog.format(
            'INSERT INTO steward.search_wmape_days AS d '
            '(client_id, model_version, forecast_date, abs_error, actual_sum, pairs) '
            'SELECT f.client_id, f.model_version, f.forecast_date, '
            'sum(%1$s.sign * abs(f.predicted_quantity - a.actual_quantity)), sum(%1$s.sign * a.actual_quantity), '
            'sum(%1$s.sign) FROM %2$s ON a.client_id = f.client_id AND a.series_key = f.series_key '
            'AND a.actual_date = f.forecast_date GROUP BY f.client_id, f.model_version, f.forecast_date '
            'ON CONFLICT (client_id, (model_version IS NULL), (coalesce(model_version, %3$L)), forecast_date) '
            'DO UPDATE SET abs_error = d.abs_error + EXCLUDED.abs_error, '
            'actual_sum = d.actual_sum + EXCLUDED.actual_sum, pairs = d.pairs + EXCLUDED.pairs',
            CASE WHEN TG_ARGV[0] = 'forecasts' THEN 'f' ELSE 'a' END, joined, '');
        IF TG_OP <> 'INSERT' THEN
            DELETE FROM steward.search_wmape_days WHERE pairs <= 0;
        END IF;
    EXCEPTION WHEN OTHERS THEN
        -- Even should Steward's own tables be gone, the system's write goes through.
        BEGIN
            UPDATE steward.search_wmape_state
               SET stale_since = coalesce(stale_since, pg_catalog.now()), reason = coalesce(reason, SQLERRM);
        EXCEPTION WHEN OTHERS THEN
            NULL;
        END;
    END;
    RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION steward.wmape_days_follow() FROM PUBLIC;

DROP TRIGGER IF EXISTS steward_wmape_days_insert ON FORECASTS;
DROP TRIGGER IF EXISTS steward_wmape_days_update ON FORECASTS;
DROP TRIGGER IF EXISTS steward_wmape_days_delete ON FORECASTS;
DROP TRIGGER IF EXISTS steward_wmape_days_truncate ON FORECASTS;
CREATE TRIGGER steward_wmape_days_insert AFTER INSERT ON FORECASTS REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION steward.wmape_days_follow('forecasts');
CREATE TRIGGER steward_wmape_days_update AFTER UPDATE ON FORECASTS REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION steward.wmape_days_follow('forecasts');
CREATE TRIGGER steward_wmape_days_delete AFTER DELETE ON FORECASTS REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION steward.wmape_days_follow('forecasts');
CREATE TRIGGER steward_wmape_days_truncate AFTER TRUNCATE ON FORECASTS
    FOR EACH STATEMENT EXECUTE FUNCTION steward.wmape_days_follow('forecasts');

DROP TRIGGER IF EXISTS steward_wmape_days_insert ON ACTUALS;
DROP TRIGGER IF EXISTS steward_wmape_days_update ON ACTUALS;
DROP TRIGGER IF EXISTS steward_wmape_days_delete ON ACTUALS;
DROP TRIGGER IF EXISTS steward_wmape_days_truncate ON ACTUALS;
CREATE TRIGGER steward_wmape_days_insert AFTER INSERT ON ACTUALS REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION steward.wmape_days_follow('actuals');
CREATE TRIGGER steward_wmape_days_update AFTER UPDATE ON ACTUALS REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION steward.wmape_days_follow('actuals');
CREATE TRIGGER steward_wmape_days_delete AFTER DELETE ON ACTUALS REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION steward.wmape_days_follow('actuals');
CREATE TRIGGER steward_wmape_days_truncate AFTER TRUNCATE ON ACTUALS
    FOR EACH STATEMENT EXECUTE FUNCTION steward.wmape_days_follow('actuals');

-- Every pair there is now.
TRUNCATE steward.search_wmape_days;
INSERT INTO steward.search_wmape_days (client_id, model_version, forecast_date, abs_error, actual_sum, pairs)
SELECT f.client_id, f.model_version, f.forecast_date,
       sum(abs(f.predicted_quantity - a.actual_quantity)), sum(a.actual_quantity), count(*)
  FROM FORECASTS f
  JOIN ACTUALS a ON a.client_id = f.client_id AND a.series_key = f.series_key AND a.actual_date = f.forecast_date
 GROUP BY f.client_id, f.model_version, f.forecast_date;
INSERT INTO steward.search_wmape_state (only_row, stale_since, reason) VALUES (true, NULL, NULL)
ON CONFLICT (only_row) DO UPDATE SET stale_since = NULL, reason = NULL;

-- Read by whoever may read the forecasts (which the server does not scope by client).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'steward_console') THEN
        GRANT SELECT ON steward.search_wmape_days, steward.search_wmape_state TO steward_console;
    END IF;
END $$;
