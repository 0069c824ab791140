-- The audited writes that are not one item's state change: roles, settings, model rollback
-- requests and registry imports. Each checks the role of the session's login and writes its own
-- audit record; none takes an actor or a time from the caller.

-- Revokes every Steward group role `login` is a member of; whether it was a member of any.
CREATE OR REPLACE FUNCTION steward.drop_memberships(p_login text) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r text;
    v_held boolean := false;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        RETURN false;
    END IF;
    FOREACH r IN ARRAY ARRAY['steward_viewer', 'steward_analyst', 'steward_manager', 'steward_admin'] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles l ON l.oid = m.member
                    WHERE m.roleid = r::regrole AND l.rolname = p_login) THEN
            EXECUTE pg_catalog.format('REVOKE %I FROM %I', r, p_login);
            v_held := true;
        END IF;
    END LOOP;
    RETURN v_held;
END
$$;

-- Grants `role` to `login` in place of any Steward role it held, limited to `clients` when given.
-- Admins only, never to themselves. steward.roles keeps the grant's who and when for the
-- reconciliation of `audit verify`; membership of the group role is what the server checks.
CREATE OR REPLACE FUNCTION steward.grant_role(p_login text, p_role text, p_clients text[] DEFAULT '{}')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now timestamptz := pg_catalog.date_trunc('milliseconds', pg_catalog.statement_timestamp());
    v_before text;
    v_clients text[] := ARRAY(SELECT DISTINCT c FROM pg_catalog.unnest(coalesce(p_clients, '{}')) c
                              WHERE c <> '' ORDER BY c);
BEGIN
    PERFORM steward.require_role('admin', 'granting a role');
    IF p_role NOT IN ('viewer', 'analyst', 'manager', 'admin') THEN
        PERFORM steward.refuse('SW400', pg_catalog.format('%s is not a role (viewer, analyst, manager or admin)', p_role));
    END IF;
    IF p_login = session_user THEN
        PERFORM steward.refuse('42501', pg_catalog.format('%s cannot grant a role to themselves', session_user));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login AND rolcanlogin) THEN
        PERFORM steward.refuse('SW404', pg_catalog.format('%s is not a login of this server', p_login));
    END IF;
    IF p_login LIKE 'steward\_%' AND p_login IN ('steward_console', 'steward_viewer', 'steward_analyst',
                                                 'steward_manager', 'steward_admin') THEN
        PERFORM steward.refuse('SW400', pg_catalog.format('%s is one of Steward''s group roles', p_login));
    END IF;
    v_before := steward.role_of(p_login);
    PERFORM steward.drop_memberships(p_login);
    EXECUTE pg_catalog.format('GRANT %I TO %I', 'steward_' || p_role, p_login);
    INSERT INTO steward.roles (user_name, role, granted_by, granted_at) VALUES (p_login, p_role, session_user, v_now)
    ON CONFLICT (user_name) DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by,
                                          granted_at = excluded.granted_at;
    DELETE FROM steward.role_scopes WHERE login = p_login;
    INSERT INTO steward.role_scopes (login, client_id) SELECT p_login, c FROM pg_catalog.unnest(v_clients) c;
    RETURN steward.audit_append(v_now, 'grant_role', 'role', p_login, NULL, v_before, p_role, NULL,
                                CASE WHEN pg_catalog.cardinality(v_clients) > 0
                                     THEN pg_catalog.jsonb_build_object('clients', v_clients)::text END);
END
$$;

-- Takes every Steward role from `login`; with `p_expected`, only if that is the role it holds.
CREATE OR REPLACE FUNCTION steward.revoke_role(p_login text, p_expected text DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now timestamptz := pg_catalog.date_trunc('milliseconds', pg_catalog.statement_timestamp());
    v_before text := steward.role_of(p_login);
    v_held boolean;
BEGIN
    PERFORM steward.require_role('admin', 'revoking a role');
    IF p_expected IS NOT NULL AND v_before <> p_expected THEN
        PERFORM steward.refuse('SW409', pg_catalog.format('%s is %s, not %s; nothing was revoked', p_login, v_before,
                                                          p_expected));
    END IF;
    IF p_login = session_user AND v_before = 'admin' AND NOT EXISTS (
           SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles l ON l.oid = m.member
            WHERE m.roleid = 'steward_admin'::regrole AND l.rolname <> p_login AND l.rolcanlogin) THEN
        PERFORM steward.refuse('SW409', pg_catalog.format('%s is the last admin; grant admin to someone else first',
                                                          p_login));
    END IF;
    v_held := steward.drop_memberships(p_login);
    DELETE FROM steward.roles WHERE user_name = p_login;
    v_held := v_held OR FOUND;
    IF NOT v_held THEN
        PERFORM steward.refuse('SW404', pg_catalog.format('%s has no granted role', p_login));
    END IF;
    DELETE FROM steward.role_scopes WHERE login = p_login;
    RETURN steward.audit_append(v_now, 'revoke_role', 'role', p_login, NULL, v_before, 'viewer', NULL, NULL);
END
$$;

-- One violation deadline (admins only), from 1 to 3650 days; unchanged values write nothing.
CREATE OR REPLACE FUNCTION steward.change_setting(p_key text, p_value text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now timestamptz := pg_catalog.date_trunc('milliseconds', pg_catalog.statement_timestamp());
    v_before text;
BEGIN
    PERFORM steward.require_role('admin', 'change_setting');
    IF p_key !~ '^violations\.deadline_days\.(critical|high|medium|low)$' OR p_value !~ '^[0-9]{1,4}$'
       OR p_value::int NOT BETWEEN 1 AND 3650 THEN
        PERFORM steward.refuse('SW400', pg_catalog.format('%s = %s is not a setting Steward knows', p_key, p_value));
    END IF;
    SELECT value INTO v_before FROM steward.settings WHERE key = p_key FOR UPDATE;
    v_before := coalesce(v_before, CASE pg_catalog.split_part(p_key, '.', 3)
                                       WHEN 'critical' THEN '1' WHEN 'high' THEN '3' WHEN 'medium' THEN '7'
                                       ELSE '30' END);
    IF v_before = p_value THEN
        RETURN 0;
    END IF;
    INSERT INTO steward.settings (key, value, updated_by, updated_at) VALUES (p_key, p_value, session_user, v_now)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by,
                                    updated_at = excluded.updated_at;
    RETURN steward.audit_append(v_now, 'change_setting', 'setting', p_key, NULL, v_before, p_value, NULL, NULL);
END
$$;

-- A request to make `p_version` the active version of `p_client` again, in one statement: of two
-- managers asking at the same moment, one files it and the other is told it exists.
CREATE OR REPLACE FUNCTION steward.request_model_rollback(p_client text, p_version text, p_reason text)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now timestamptz := pg_catalog.date_trunc('milliseconds', pg_catalog.statement_timestamp());
    v_reason text := NULLIF(pg_catalog.regexp_replace(coalesce(p_reason, ''), '^\s+|\s+$', '', 'g'), '');
    v_current text;
    v_request text;
    v_by text;
BEGIN
    PERFORM steward.require_role('analyst', 'request_rollback');
    IF NOT steward.visible(v_reason) THEN
        PERFORM steward.refuse('SW400', 'a rollback request needs a reason');
    END IF;
    IF NOT steward.sees_client(p_client) OR NOT EXISTS (
           SELECT 1 FROM public.model_metadata WHERE client_id = p_client AND model_version = p_version) THEN
        PERFORM steward.refuse('SW404', pg_catalog.format('client %s has no model version %s', p_client, p_version));
    END IF;
    SELECT model_version INTO v_current FROM steward.active_versions WHERE client_id = p_client;
    IF v_current = p_version THEN
        PERFORM steward.refuse('SW409', pg_catalog.format('%s is already the active version of %s', p_version,
                                                          p_client));
    END IF;
    INSERT INTO steward.rollback_requests (request_id, target_kind, target_id, client_id, from_state, status,
                                           requested_by, requested_at, reason)
    VALUES (pg_catalog.gen_random_uuid()::text, 'model_version', p_version, p_client, v_current, 'requested',
            session_user, v_now, v_reason)
    ON CONFLICT (target_kind, target_id, coalesce(client_id, '')) WHERE status = 'requested' DO NOTHING
    RETURNING request_id INTO v_request;
    IF v_request IS NULL THEN
        SELECT request_id, requested_by INTO v_request, v_by FROM steward.rollback_requests
         WHERE target_kind = 'model_version' AND target_id = p_version AND client_id = p_client
           AND status = 'requested';
        PERFORM steward.refuse('SW409', pg_catalog.format(
            'a rollback of model_version %s was already requested by %s (request %s) and awaits a manager',
            p_version, v_by, pg_catalog.left(v_request, 8)));
    END IF;
    PERFORM steward.audit_append(v_now, 'request_rollback', 'model_version', p_version, p_client, v_current,
                                 v_current, v_reason,
                                 pg_catalog.jsonb_build_object('request_id', v_request)::text);
    RETURN v_request;
END
$$;

-- The audit record of a registry import the caller (a manager) wrote in this transaction: what it
-- says is read from the rows, not taken from the caller.
CREATE OR REPLACE FUNCTION steward.record_import(p_client text, p_version text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now timestamptz := pg_catalog.date_trunc('milliseconds', pg_catalog.statement_timestamp());
    imported record;
BEGIN
    PERFORM steward.require_role('manager', 'import_version');
    SELECT i.source_path, m.metrics INTO imported FROM steward.model_imports i
      JOIN public.model_metadata m ON m.client_id = i.client_id AND m.model_version = i.model_version
     WHERE i.client_id = p_client AND i.model_version = p_version AND i.imported_by = session_user
       AND pg_catalog.age(i.xmin) = 0;
    IF NOT FOUND THEN
        PERFORM steward.refuse('SW404', pg_catalog.format('no import of %s %s in this transaction', p_client,
                                                          p_version));
    END IF;
    RETURN steward.audit_append(v_now, 'import_version', 'model_version', p_client || ':' || p_version, p_client,
                                NULL, 'registered', NULL,
                                pg_catalog.jsonb_build_object('source_path', imported.source_path, 'metrics',
                                                              imported.metrics::jsonb)::text);
END
$$;

-- Records when Steward first saw each suggestion: every row of the pipeline's llm_suggestions past
-- the highest id steward.suggestion_arrivals holds gets the server's time; rows already recorded
-- are never changed. Steward calls it whenever a login with a Steward role opens the database
-- read-write, so that the time is the first opening's whoever opens it, while no login may write
-- the table itself. Returns how many suggestions were recorded.
CREATE OR REPLACE FUNCTION steward.record_arrivals() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now timestamptz := pg_catalog.date_trunc('milliseconds', pg_catalog.statement_timestamp());
    v_from bigint;
    v_added bigint;
BEGIN
    IF pg_catalog.to_regclass('public.llm_suggestions') IS NULL THEN
        RETURN 0;
    END IF;
    -- Where row-level security reaches the function, a login limited to some clients would see
    -- only their suggestions, and recording past the newest of those would skip the others' for
    -- good: such a login records nothing, and the next unscoped opening records them all.
    IF NOT (coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false)
            OR steward.scope_all()) THEN
        RETURN 0;
    END IF;
    SELECT coalesce(max(id), 0) INTO v_from FROM steward.suggestion_arrivals;
    -- Two openings at once insert the same ids: the later one waits for the first and skips them.
    -- The look-back (SuggestionArrivals::kLookBack) also records a suggestion the pipeline committed
    -- after a newer id was seen.
    INSERT INTO steward.suggestion_arrivals (id, first_seen_at)
    SELECT s.id, v_now FROM public.llm_suggestions s WHERE s.id > v_from - 1000
    ON CONFLICT (id) DO NOTHING;
    GET DIAGNOSTICS v_added = ROW_COUNT;
    RETURN v_added;
END
$$;
