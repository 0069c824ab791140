-- The server's side of Steward's roles (PostgreSQL only). `steward-cli init`, run by the database
-- owner, runs the scripts of this folder after the migrations, every time: each statement can run
-- again. The group roles are the cluster's (PostgreSQL roles are not per database); what they may
-- do is granted per database, here. Each role is a member of the one before it, so it can do
-- everything that one can.
DO $$
DECLARE
    roles text[] := ARRAY['steward_console', 'steward_viewer', 'steward_analyst', 'steward_manager', 'steward_admin'];
BEGIN
    FOR i IN 1 .. pg_catalog.array_length(roles, 1) LOOP
        -- Another database's init may create or grant the same at the same moment: what it made is
        -- what this one needs.
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = roles[i]) THEN
                EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', roles[i]);
            END IF;
            IF i > 1 AND NOT pg_catalog.pg_has_role(roles[i], roles[i - 1], 'MEMBER') THEN
                EXECUTE pg_catalog.format('GRANT %I TO %I', roles[i - 1], roles[i]);
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
END $$;

-- Which clients a grant limits a login to; none: every client.
CREATE TABLE IF NOT EXISTS steward.role_scopes (
    login      text NOT NULL,
    client_id  text NOT NULL,
    PRIMARY KEY (login, client_id)
);

-- The workflow table of models/workflow/Workflow.cpp, which init writes here again each time, so
-- that the server applies the same rules as the client without writing them twice.
CREATE TABLE IF NOT EXISTS steward.workflow_steps (
    action         text PRIMARY KEY,
    recorded       text NOT NULL,
    kind           text,
    item_table     text,
    id_column      text,
    from_states    text[] NOT NULL,
    to_state       text,
    min_role       text NOT NULL,
    needs_comment  boolean NOT NULL
);

-- Where each entity lives in this database's system, written by init from the profile it opened
-- the database with (models/profiles/, ServerRoles.cpp), so that the decision functions and the
-- scopes name no table or column of their own and take none from the caller: the table as a
-- quoted, schema-qualified name, the columns of the id, the state and the scope, the system's
-- state words in Steward's terms and its column for each of Steward's fields. Only the tables the
-- init's login owns are bound.
CREATE TABLE IF NOT EXISTS steward.item_bindings (
    kind           text PRIMARY KEY,
    profile        text NOT NULL,
    profile_title  text NOT NULL,
    item_table     text NOT NULL,
    id_column      text NOT NULL,
    state_column   text,
    scope_column   text,
    states         jsonb NOT NULL DEFAULT '{}',
    columns        jsonb NOT NULL DEFAULT '{}'
);

-- Two requests for the same target cannot both wait for a manager.
CREATE UNIQUE INDEX IF NOT EXISTS rollback_requests_one_open
    ON steward.rollback_requests (target_kind, target_id, coalesce(client_id, ''))
    WHERE status = 'requested';

-- The highest Steward role `login` holds in this database: membership of a group role, for a
-- login granted it here (group roles are the server's, so a grant made in another database shows
-- as membership here too; without a grant recorded here it counts for nothing). A superuser holds
-- every role; a login without any, or a name that is no login, is a viewer.
CREATE OR REPLACE FUNCTION steward.role_of(login text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE
        WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = login) THEN 'viewer'
        WHEN (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = login) THEN 'admin'
        WHEN NOT EXISTS (SELECT 1 FROM steward.roles WHERE user_name = login) THEN 'viewer'
        WHEN pg_catalog.pg_has_role(login, 'steward_admin', 'MEMBER') THEN 'admin'
        WHEN pg_catalog.pg_has_role(login, 'steward_manager', 'MEMBER') THEN 'manager'
        WHEN pg_catalog.pg_has_role(login, 'steward_analyst', 'MEMBER') THEN 'analyst'
        ELSE 'viewer' END
$$;

CREATE OR REPLACE FUNCTION steward.role_rank(role text) RETURNS int
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE role WHEN 'admin' THEN 3 WHEN 'manager' THEN 2 WHEN 'analyst' THEN 1 ELSE 0 END
$$;

-- Whether the session's login may see and decide rows of `client`: one granted a role here without
-- clients sees every client; one granted a role in another database only, none.
CREATE OR REPLACE FUNCTION steward.sees_client(client text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user)
        OR (EXISTS (SELECT 1 FROM steward.roles WHERE user_name = session_user)
            AND (NOT EXISTS (SELECT 1 FROM steward.role_scopes WHERE login = session_user)
                 OR EXISTS (SELECT 1 FROM steward.role_scopes WHERE login = session_user AND client_id = client)))
$$;
