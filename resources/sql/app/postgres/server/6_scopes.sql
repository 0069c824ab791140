-- Client scopes: a login whose grant names clients (steward.role_scopes) sees only those clients'
-- suggestions, violations, model versions, rollback requests and audit records, and in another
-- system's tables only the rows of its companies (UrutiIQ) or restaurants (Krong Thai). Row-level
-- security on those tables does it: a permissive policy lets everyone see every row as before,
-- and a restrictive one narrows it for members of steward_console, which every Steward role is.
-- A login granted a role in another database of the server only (group roles are the server's)
-- sees none of these rows here. A login that no Steward role was granted to (the pipeline's own)
-- is not a member, so it reads and inserts as before; the tables' owner and superusers are not subject to it at all. Only the
-- tables the init's login owns are changed; the others are left as they are.
CREATE OR REPLACE FUNCTION steward.scope_all() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM steward.roles WHERE user_name = session_user)
       AND NOT EXISTS (SELECT 1 FROM steward.role_scopes WHERE login = session_user)
$$;

CREATE OR REPLACE FUNCTION steward.scope_clients() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(pg_catalog.array_agg(client_id), '{}') FROM steward.role_scopes WHERE login = session_user
$$;

DO $$
DECLARE
    t record;
BEGIN
    -- The pipeline's scoped tables, and those of another system (UrutiIQ's "companyId", Krong
    -- Thai's restaurant_id): the scope column its profile names, as init bound it.
    FOR t IN SELECT u.tbl, 'client_id' AS col
               FROM pg_catalog.unnest(ARRAY['public.llm_suggestions', 'public.governance_violations',
                                            'public.model_metadata', 'steward.rollback_requests',
                                            'steward.audit_log']) u(tbl)
             UNION
             SELECT b.item_table, b.scope_column FROM steward.item_bindings b
              WHERE b.scope_column IS NOT NULL AND b.profile <> 'pipeline' LOOP
        -- Only a table that is there, that the init's login owns, and that has the scope column:
        -- another system's table of the same name (WITHIN's model_metadata) has no client_id.
        IF pg_catalog.to_regclass(t.tbl) IS NULL OR NOT EXISTS (
               SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass(t.tbl)
                  AND pg_catalog.pg_has_role(c.relowner, 'USAGE'))
           OR NOT EXISTS (
               SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = pg_catalog.to_regclass(t.tbl)
                  AND a.attname = t.col AND NOT a.attisdropped) THEN
            CONTINUE;
        END IF;
        EXECUTE pg_catalog.format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', pg_catalog.to_regclass(t.tbl));
        EXECUTE pg_catalog.format('DROP POLICY IF EXISTS steward_everyone ON %s', pg_catalog.to_regclass(t.tbl));
        EXECUTE pg_catalog.format('CREATE POLICY steward_everyone ON %s USING (true) WITH CHECK (true)',
                                  pg_catalog.to_regclass(t.tbl));
        EXECUTE pg_catalog.format('DROP POLICY IF EXISTS steward_client_scope ON %s', pg_catalog.to_regclass(t.tbl));
        EXECUTE pg_catalog.format('CREATE POLICY steward_client_scope ON %s AS RESTRICTIVE TO steward_console '
                                  'USING ((SELECT steward.scope_all()) OR %I::text IN '
                                  '(SELECT pg_catalog.unnest(steward.scope_clients())))',
                                  pg_catalog.to_regclass(t.tbl), t.col);
    END LOOP;
END $$;
