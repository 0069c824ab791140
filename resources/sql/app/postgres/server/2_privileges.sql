-- What each group role may touch directly. Reading: steward_console (and through it every other
-- role) reads Steward's tables and every table of schema public, except columns named like a
-- secret (the pattern of isSecretColumn in models/values/LogicalType.cpp). Writing: nothing that a
-- decision changes; decisions go through the functions of 4_decisions.sql and 5_admin.sql (who
-- may execute which: 7_execute.sql). Only managers write model_metadata and
-- steward.model_imports, for registry imports.
REVOKE ALL ON SCHEMA steward FROM PUBLIC;
GRANT USAGE ON SCHEMA steward TO steward_console;
REVOKE ALL ON ALL TABLES IN SCHEMA steward
    FROM PUBLIC, steward_console, steward_viewer, steward_analyst, steward_manager, steward_admin;
-- Privileges on Steward's tables granted to single logins before (by hand, or by an older set-up)
-- would go around the functions: only the group roles keep any.
DO $$
DECLARE
    g record;
BEGIN
    FOR g IN SELECT DISTINCT c.relname, a.grantee::regrole::text AS grantee
               FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace,
                    pg_catalog.aclexplode(c.relacl) a
              WHERE n.nspname = 'steward' AND a.grantee <> 0 AND a.grantee <> c.relowner LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON steward.%I FROM %s', g.relname, g.grantee);
    END LOOP;
END $$;
GRANT SELECT ON ALL TABLES IN SCHEMA steward TO steward_console;

DO $$
DECLARE
    t record;
    readable text;
    secret boolean;
BEGIN
    FOR t IN SELECT c.oid, c.relname FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p', 'f') LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON public.%I FROM steward_console, steward_viewer, steward_analyst, '
                                  'steward_manager, steward_admin', t.relname);
        SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
                   FILTER (WHERE a.attname !~* '(^|_)(api_?key|password|passwd|secret|token)($|_)'),
               pg_catalog.bool_or(a.attname ~* '(^|_)(api_?key|password|passwd|secret|token)($|_)')
          INTO readable, secret
          FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped;
        IF NOT secret THEN
            EXECUTE pg_catalog.format('GRANT SELECT ON public.%I TO steward_console', t.relname);
        ELSIF readable IS NOT NULL THEN
            EXECUTE pg_catalog.format('GRANT SELECT (%s) ON public.%I TO steward_console', readable, t.relname);
        END IF;
    END LOOP;
    IF pg_catalog.to_regclass('public.model_metadata') IS NOT NULL THEN
        GRANT INSERT ON public.model_metadata TO steward_manager;
    END IF;
END $$;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO steward_manager;
GRANT INSERT, DELETE ON steward.model_imports TO steward_manager;
