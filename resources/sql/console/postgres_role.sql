-- The SQL console's roles and the one function it runs statements through (PostgreSQL).
-- steward_console: what every Steward login is granted and what the console SETs ROLE to. It
-- may only run console_cells: a member inherits no table privilege from it (PostgreSQL 15
-- cannot grant a membership without inheritance).
-- steward_console_runner: owns console_cells, which runs as it; SELECT on Steward's and the
-- pipeline's tables, never on a secret column (ConsoleRole.cpp grants them table by table), no
-- membership of pg_signal_backend. No login is its member, so nobody can alter the function.
-- Roles are cluster-wide: several databases may create them at the same moment.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'steward_console') THEN
        CREATE ROLE steward_console NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'steward_console_runner') THEN
        CREATE ROLE steward_console_runner NOLOGIN IN ROLE steward_console;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

GRANT USAGE ON SCHEMA steward TO steward_console, steward_console_runner;

-- Runs one query (a cursor admits nothing else: no second statement, no COMMIT, no COPY) as
-- the runner, and returns its first max_rows rows cell by cell, as text. Being SECURITY
-- DEFINER is what matters: inside it, PostgreSQL refuses set_config('role', ...) and SET
-- SESSION AUTHORIZATION, so a statement cannot take back the login's own privileges, not even
-- a superuser's. No fixed search_path: the statement resolves names as the login's session
-- does; the body itself names only pg_catalog functions, and the runner has nothing to steal.
DO $$
BEGIN
    IF pg_catalog.to_regprocedure('steward.console_cells(text, bigint)') IS NULL THEN
        CREATE FUNCTION steward.console_cells(statement text, max_rows bigint)
        RETURNS TABLE (row_no bigint, column_no bigint, cell_text text)
        LANGUAGE plpgsql SECURITY DEFINER
        AS $body$
        DECLARE
            result_rows refcursor;
            result_row record;
            taken bigint := 0;
        BEGIN
            OPEN result_rows NO SCROLL FOR EXECUTE statement;
            LOOP
                EXIT WHEN max_rows IS NOT NULL AND taken >= max_rows;
                FETCH result_rows INTO result_row;
                EXIT WHEN NOT FOUND;
                taken := taken + 1;
                RETURN QUERY SELECT taken, cell.ordinality, cell.value
                    FROM pg_catalog.json_each_text(pg_catalog.row_to_json(result_row))
                        WITH ORDINALITY AS cell(key, value, ordinality);
            END LOOP;
            CLOSE result_rows;
        END
        $body$;
        GRANT CREATE ON SCHEMA steward TO steward_console_runner;
        ALTER FUNCTION steward.console_cells(text, bigint) OWNER TO steward_console_runner;
        REVOKE CREATE ON SCHEMA steward FROM steward_console_runner;
    END IF;
END $$;

REVOKE ALL ON FUNCTION steward.console_cells(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steward.console_cells(text, bigint) TO steward_console;
