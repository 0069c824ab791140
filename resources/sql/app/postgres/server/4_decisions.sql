-- Every decision on an item, made by the server: the role of the session's login, the step of the
-- workflow table (steward.workflow_steps, written by init from Workflow.cpp), the guards the table
-- cannot express, the state the person saw (the row is locked and must still be in it), the write
-- and its audit records, in the caller's transaction. Refusals raise: 42501 forbidden, SW400
-- usage, SW404 not found (or not in the login's clients), SW409 conflict.
CREATE OR REPLACE FUNCTION steward.visible(v text) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT v IS NOT NULL AND v ~ '[^[:space:][:cntrl:]\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u205f-\u206f\ufeff]'
$$;

CREATE OR REPLACE FUNCTION steward.json_text(object jsonb) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN object IS NULL OR object = '{}'::jsonb THEN NULL ELSE object::text END
$$;

-- The binding of a kind (steward.item_bindings): which table, columns and state words its rows
-- have in this database's system. Identifiers are quoted where they are used, with %I, and the
-- table is resolved with to_regclass; none comes from the caller.
CREATE OR REPLACE FUNCTION steward.column_type(p_table text, p_column text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = pg_catalog.to_regclass(p_table) AND a.attname = p_column AND a.attnum > 0
       AND NOT a.attisdropped
$$;

CREATE OR REPLACE FUNCTION steward.steward_state(b steward.item_bindings, word text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(b.states->>word, word)
$$;

CREATE OR REPLACE FUNCTION steward.system_state(b steward.item_bindings, word text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT e.key FROM pg_catalog.jsonb_each_text(b.states) e WHERE e.value = word
                      ORDER BY e.key LIMIT 1), word)
$$;

-- An id as messages show it (shortId in TransitionEngine.cpp).
CREATE OR REPLACE FUNCTION steward.short_id(id text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN pg_catalog.length(id) > 13 THEN pg_catalog.left(id, 8) || pg_catalog.chr(8230) ELSE id END
$$;

-- A time as the audit records write it, from a row's value of a column of type `v_type`.
CREATE OR REPLACE FUNCTION steward.time_text(v text, v_type text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN v IS NULL OR v = '' THEN NULL
                WHEN v_type LIKE 'timestamp%with time zone' THEN pg_catalog.to_char(
                    CAST(v AS timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                WHEN v_type LIKE 'timestamp%' THEN pg_catalog.to_char(CAST(v AS timestamp), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                ELSE v END
$$;

-- Locks the item's row; returns its state (the system's word and Steward's), its client (the
-- binding's scope column) and the whole row, or raises SW404, also for a row outside the
-- login's clients.
DROP FUNCTION IF EXISTS steward.lock_item(steward.workflow_steps, text);
CREATE OR REPLACE FUNCTION steward.lock_item(b steward.item_bindings, p_kind text, p_target text,
                                             OUT word text, OUT state text, OUT client text, OUT item jsonb)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_catalog.to_regclass(b.item_table) IS NOT NULL THEN
        BEGIN
            EXECUTE pg_catalog.format('SELECT pg_catalog.to_jsonb(t) FROM %s t WHERE t.%I = CAST($1 AS %s) FOR UPDATE',
                                      pg_catalog.to_regclass(b.item_table), b.id_column,
                                      steward.column_type(b.item_table, b.id_column))
               INTO item USING p_target;
        EXCEPTION WHEN invalid_text_representation THEN
            item := NULL;
        END;
    END IF;
    word := item->>b.state_column;
    state := steward.steward_state(b, word);
    client := item->>b.scope_column;
    IF item IS NULL OR word IS NULL OR NOT steward.sees_client(client) THEN
        PERFORM steward.refuse('SW404', pg_catalog.format('no %s with id %s', p_kind, p_target));
    END IF;
END
$$;

-- Sets Steward's fields (`p_set`: field -> text or null; "state" in Steward's word) on the item's
-- row, each in the column the binding names, cast to that column's type; a field the system does
-- not keep is left out, as the client path leaves it. With `p_from` (the system's word), only
-- while the row is still in that state. Returns the rows changed.
CREATE OR REPLACE FUNCTION steward.write_item(b steward.item_bindings, p_target text, p_set jsonb, p_from text)
RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    f record;
    v_column text;
    v_type text;
    v_sets text[] := '{}';
    v_values jsonb := '{}';
    v_rows bigint;
BEGIN
    FOR f IN SELECT e.key, e.value FROM pg_catalog.jsonb_each(p_set) e ORDER BY e.key LOOP
        v_column := CASE WHEN f.key = 'state' THEN b.state_column ELSE b.columns->>f.key END;
        v_type := steward.column_type(b.item_table, v_column);
        CONTINUE WHEN v_type IS NULL;
        v_sets := v_sets || pg_catalog.format('%I = CAST($1->>%L AS %s)', v_column, f.key, v_type);
        v_values := v_values || pg_catalog.jsonb_build_object(f.key, CASE WHEN f.key = 'state'
            THEN pg_catalog.to_jsonb(steward.system_state(b, f.value #>> '{}')) ELSE f.value END);
    END LOOP;
    IF pg_catalog.cardinality(v_sets) = 0 THEN
        RETURN 0;
    END IF;
    EXECUTE pg_catalog.format('UPDATE %s SET %s WHERE %I = CAST($2 AS %s)%s', pg_catalog.to_regclass(b.item_table),
                              pg_catalog.array_to_string(v_sets, ', '), b.id_column,
                              steward.column_type(b.item_table, b.id_column),
                              CASE WHEN p_from IS NULL THEN ''
                                   ELSE pg_catalog.format(' AND %I::text = $3', b.state_column) END)
       USING v_values, p_target, p_from;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
END
$$;

-- The deployment that `p_target` replaced in its environment (DeploymentRollback.cpp): the most
-- recent earlier deployment of the same model (same model name and scope where the system names
-- its models, else the same model id), in the same scope and environment, that is not failed,
-- deploying or rolled back itself. Raises SW409 when there is none.
CREATE OR REPLACE FUNCTION steward.deployment_before(b steward.item_bindings, p_target text,
                                                     OUT id text, OUT word text)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    m steward.item_bindings;
    v_model text := b.columns->>'model';
    v_environment text := b.columns->>'environment';
    v_at text := b.columns->>'deployed_at';
    v_same text;
    v_names text;
BEGIN
    IF v_model IS NULL OR v_environment IS NULL OR v_at IS NULL THEN
        PERFORM steward.refuse('SW409', pg_catalog.format(
            '%s does not record when and where each deployment ran; Steward cannot tell which deployment came before',
            b.profile_title));
    END IF;
    v_same := pg_catalog.format('p.%1$I = t.%1$I', v_model);
    SELECT * INTO m FROM steward.item_bindings WHERE kind = 'model_version';
    IF FOUND AND m.columns ? 'name' AND pg_catalog.to_regclass(m.item_table) IS NOT NULL THEN
        v_names := pg_catalog.format('mp.%1$I = mt.%1$I', m.columns->>'name');
        IF m.columns ? 'scope' THEN
            v_names := v_names || pg_catalog.format(' AND mp.%1$I = mt.%1$I', m.columns->>'scope');
        END IF;
        v_same := pg_catalog.format('(%s OR EXISTS (SELECT 1 FROM %s mp, %2$s mt WHERE mp.%3$I = p.%4$I '
                                    'AND mt.%3$I = t.%4$I AND %5$s))', v_same, pg_catalog.to_regclass(m.item_table),
                                    m.id_column, v_model, v_names);
    END IF;
    IF b.scope_column IS NOT NULL THEN
        v_same := v_same || pg_catalog.format(' AND p.%1$I = t.%1$I', b.scope_column);
    END IF;
    EXECUTE pg_catalog.format('SELECT p.%1$I::text, p.%2$I::text FROM %3$s p, %3$s t WHERE t.%1$I = CAST($1 AS %4$s) '
                              'AND p.%1$I <> t.%1$I AND p.%5$I = t.%5$I AND %6$s AND p.%7$I < t.%7$I '
                              'AND p.%2$I::text <> ALL ($2) ORDER BY p.%7$I DESC, p.%1$I DESC LIMIT 1',
                              b.id_column, b.state_column, pg_catalog.to_regclass(b.item_table),
                              steward.column_type(b.item_table, b.id_column), v_environment, v_same, v_at)
       INTO id, word
       USING p_target, ARRAY[steward.system_state(b, 'failed'), steward.system_state(b, 'deploying'),
                             steward.system_state(b, 'rolled_back')];
    IF id IS NULL THEN
        PERFORM steward.refuse('SW409', pg_catalog.format(
            'deployment %s has no earlier deployment of the same model in its environment to return to; nothing was '
            'changed', steward.short_id(p_target)));
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION steward.decide(p_action text, p_target text, p_expected text, p_comment text,
                                          p_args jsonb DEFAULT '{}') RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s steward.workflow_steps;
    b steward.item_bindings;
    item record;
    req steward.rollback_requests;
    v_now timestamptz := pg_catalog.date_trunc('milliseconds', pg_catalog.statement_timestamp());
    v_now_text text := pg_catalog.to_char(v_now AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    v_comment text := NULLIF(pg_catalog.regexp_replace(coalesce(p_comment, ''), '^\s+|\s+$', '', 'g'), '');
    v_new text;
    v_set jsonb := '{}';
    v_details jsonb := '{}';
    v_seq bigint;
    v_who text;
    v_previous text;
    v_request text;
    v_by text;
    v_assignee text := NULLIF(p_args->>'assignee', '');
BEGIN
    SELECT * INTO s FROM steward.workflow_steps WHERE action = p_action AND kind IS NOT NULL;
    IF NOT FOUND THEN
        PERFORM steward.refuse('SW400', pg_catalog.format('%s is not a decision on an item', p_action));
    END IF;
    -- Where this database keeps the kind: the pipeline's table or another system's, as init bound it.
    SELECT * INTO b FROM steward.item_bindings WHERE kind = s.kind;
    IF NOT FOUND THEN
        PERFORM steward.refuse('SW400', pg_catalog.format('this database keeps no %s items', s.kind));
    END IF;
    PERFORM steward.require_role(s.min_role, s.recorded);
    IF s.needs_comment AND NOT steward.visible(v_comment) THEN
        PERFORM steward.refuse('SW400', pg_catalog.format('%s needs a comment', s.recorded));
    END IF;
    item := steward.lock_item(b, s.kind, p_target);
    IF item.state IS DISTINCT FROM p_expected THEN
        PERFORM steward.refuse('SW409', pg_catalog.format('%s %s is %s now, not %s; nothing was changed', s.kind,
                                                          p_target, item.state, p_expected));
    END IF;
    IF pg_catalog.cardinality(s.from_states) > 0 AND NOT item.state = ANY (s.from_states) THEN
        PERFORM steward.refuse('SW409', pg_catalog.format('%s is not possible from %s', s.recorded, item.state));
    END IF;
    v_new := coalesce(s.to_state, item.state);

    -- The guards the table cannot express.
    IF s.kind = 'rollback_request' THEN
        SELECT * INTO req FROM steward.rollback_requests WHERE request_id = p_target;
        IF req.requested_by = session_user THEN
            PERFORM steward.refuse('42501', pg_catalog.format(
                '%s requested this rollback and cannot decide it; another manager must', session_user));
        END IF;
    ELSIF p_action IN ('ResolveViolation', 'MarkViolationFalsePositive')
          AND coalesce(item.item->>(b.columns->>'severity'), '') NOT IN ('high', 'medium', 'low') THEN
        PERFORM steward.require_role('manager', 'closing a critical violation');
    ELSIF p_action IN ('InvestigateViolation', 'AssignViolation') THEN
        SELECT assignee INTO v_previous FROM steward.violation_assignments WHERE violation_id = p_target;
        v_previous := coalesce(v_previous, '');
        IF p_action = 'AssignViolation' THEN
            IF v_assignee IS NULL THEN
                PERFORM steward.refuse('SW400', 'an assignment needs the person to assign');
            END IF;
            IF p_args ? 'seen_assignee' AND p_args->>'seen_assignee' <> v_previous THEN
                PERFORM steward.refuse('SW409', pg_catalog.format(
                    'the violation is assigned to %s now, not %s; nothing was changed', v_previous,
                    p_args->>'seen_assignee'));
            END IF;
            IF v_assignee = v_previous THEN
                PERFORM steward.refuse('SW409', pg_catalog.format('the violation is assigned to %s already', v_assignee));
            END IF;
        END IF;
        IF v_assignee IS NOT NULL AND steward.role_rank(steward.role_of(v_assignee)) < 1 THEN
            PERFORM steward.refuse('SW400', pg_catalog.format('%s cannot work on violations', v_assignee));
        END IF;
    ELSIF p_action = 'RequestDeploymentRollback' THEN
        -- A request a manager could not approve is not filed.
        PERFORM steward.deployment_before(b, p_target);
    END IF;

    -- What the decision writes on the item's row: the state, and the fields the client path
    -- writes with it (into whichever columns the system keeps them in).
    IF v_new IS DISTINCT FROM item.state THEN
        v_set := pg_catalog.jsonb_build_object('state', v_new);
    END IF;
    IF p_action IN ('ResolveViolation', 'MarkViolationFalsePositive') THEN
        v_set := v_set || pg_catalog.jsonb_build_object('resolution', v_comment, 'resolved_by', session_user::text,
                                                        'resolved_at', v_now_text, 'updated_at', v_now_text);
    ELSIF p_action = 'ReopenViolation' THEN
        -- The resolution being cleared goes into the audit record, so nothing is lost.
        v_details := pg_catalog.jsonb_build_object(
            'previous_resolution', coalesce(item.item->>(b.columns->>'resolution'), ''),
            'previous_resolved_by', coalesce(item.item->>(b.columns->>'resolved_by'), ''),
            'previous_resolved_at', coalesce(steward.time_text(item.item->>(b.columns->>'resolved_at'),
                                                               steward.column_type(b.item_table,
                                                                                   b.columns->>'resolved_at')), ''));
        v_set := v_set || pg_catalog.jsonb_build_object('resolution', NULL, 'resolved_by', NULL, 'resolved_at', NULL,
                                                        'updated_at', v_now_text);
    ELSIF s.kind = 'feedback' THEN
        v_set := v_set || pg_catalog.jsonb_build_object('updated_at', v_now_text);
    END IF;
    IF v_set <> '{}'::jsonb AND steward.write_item(b, p_target, v_set, item.word) <> 1 THEN
        PERFORM steward.refuse('SW409', pg_catalog.format('%s %s changed while it was being decided; nothing was changed',
                                                          s.kind, steward.short_id(p_target)));
    END IF;

    -- What the decision writes besides the item, and what its record says of it.
    IF p_action IN ('RequestSuggestionRollback', 'RequestDeploymentRollback') THEN
        -- The item's row is locked: of two requests at the same moment, the second waits and then
        -- finds the first.
        INSERT INTO steward.rollback_requests (request_id, target_kind, target_id, client_id, from_state, status,
                                               requested_by, requested_at, reason)
        VALUES (pg_catalog.gen_random_uuid()::text, s.kind, p_target, item.client, item.state, 'requested',
                session_user, v_now, v_comment)
        ON CONFLICT (target_kind, target_id, coalesce(client_id, '')) WHERE status = 'requested' DO NOTHING
        RETURNING request_id INTO v_request;
        IF v_request IS NULL AND s.kind = 'suggestion' THEN
            PERFORM steward.refuse('SW409', pg_catalog.format(
                'a rollback of suggestion %s was already requested and awaits a manager', p_target));
        ELSIF v_request IS NULL THEN
            SELECT request_id, requested_by INTO v_request, v_by FROM steward.rollback_requests
             WHERE target_kind = s.kind AND target_id = p_target AND coalesce(client_id, '') = coalesce(item.client, '')
               AND status = 'requested';
            PERFORM steward.refuse('SW409', pg_catalog.format(
                'a rollback of %s %s was already requested by %s (request %s) and awaits a manager', s.kind,
                steward.short_id(p_target), v_by, steward.short_id(v_request)));
        END IF;
        v_details := pg_catalog.jsonb_build_object('request_id', v_request);
    ELSIF s.kind = 'rollback_request' THEN
        UPDATE steward.rollback_requests SET decided_by = session_user, decided_at = v_now, decision_comment = v_comment
         WHERE request_id = p_target;
    ELSIF p_action IN ('InvestigateViolation', 'AssignViolation') THEN
        v_who := coalesce(v_assignee, NULLIF(v_previous, ''), session_user);
        IF v_who <> v_previous THEN
            INSERT INTO steward.violation_assignments (violation_id, assignee, assigned_by, assigned_at)
            VALUES (p_target, v_who, session_user, v_now)
            ON CONFLICT (violation_id) DO UPDATE SET assignee = excluded.assignee, assigned_by = excluded.assigned_by,
                                                     assigned_at = excluded.assigned_at;
            IF p_action = 'AssignViolation' THEN
                v_details := pg_catalog.jsonb_build_object('assignee', v_who);
                IF v_previous <> '' THEN
                    v_details := v_details || pg_catalog.jsonb_build_object('previous_assignee', v_previous);
                END IF;
            END IF;
        END IF;
    END IF;

    v_seq := steward.audit_append(v_now, s.recorded, s.kind, p_target, item.client, p_expected, v_new, v_comment,
                                  steward.json_text(v_details));

    IF p_action = 'InvestigateViolation' AND v_who <> v_previous THEN
        PERFORM steward.audit_append(v_now, 'assign', 'violation', p_target, item.client, 'investigating',
                                     'investigating', NULL, steward.json_text(
                                         pg_catalog.jsonb_build_object('assignee', v_who) ||
                                         CASE WHEN v_previous <> '' THEN pg_catalog.jsonb_build_object(
                                             'previous_assignee', v_previous) ELSE '{}'::jsonb END));
    ELSIF p_action = 'ApproveRollback' THEN
        PERFORM steward.apply_rollback(req, v_now, v_comment);
    END IF;
    RETURN v_seq;
END
$$;

-- What approving a rollback request does to its target, with its own audit record.
CREATE OR REPLACE FUNCTION steward.apply_rollback(req steward.rollback_requests, p_now timestamptz, p_comment text)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_details text := pg_catalog.jsonb_build_object('request_id', req.request_id)::text;
    v_previous text;
BEGIN
    IF req.target_kind = 'suggestion' THEN
        UPDATE public.llm_suggestions SET status = 'rollback' WHERE suggestion_id::text = req.target_id
           AND status = 'applied';
        IF NOT FOUND THEN
            PERFORM steward.refuse('SW409', pg_catalog.format(
                'suggestion %s is no longer applied; the rollback request cannot be approved', req.target_id));
        END IF;
        PERFORM steward.audit_append(p_now, 'rollback', 'suggestion', req.target_id, req.client_id, 'applied',
                                     'rollback', p_comment, v_details);
    ELSIF req.target_kind = 'model_version' THEN
        SELECT model_version INTO v_previous FROM steward.active_versions WHERE client_id = req.client_id;
        INSERT INTO steward.active_versions (client_id, model_version, set_by, set_at)
        VALUES (req.client_id, req.target_id, session_user, p_now)
        ON CONFLICT (client_id) DO UPDATE SET model_version = excluded.model_version, set_by = excluded.set_by,
                                              set_at = excluded.set_at;
        PERFORM steward.audit_append(p_now, 'activate_version', 'active_version', req.client_id, req.client_id,
                                     v_previous, req.target_id, p_comment, v_details);
    ELSIF req.target_kind = 'deployment' THEN
        PERFORM steward.rollback_deployment(req, p_now, p_comment);
    ELSE
        PERFORM steward.refuse('SW409', pg_catalog.format(
            'rollback request %s targets a %s, which this version of Steward cannot roll back', req.request_id,
            req.target_kind));
    END IF;
END
$$;

-- Approving a deployment's rollback request (DeploymentRollback.cpp): the deployment, which must
-- still be active, becomes rolled_back, and the one it replaced active again, each with its own
-- audit record.
CREATE OR REPLACE FUNCTION steward.rollback_deployment(req steward.rollback_requests, p_now timestamptz,
                                                       p_comment text)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    b steward.item_bindings;
    v_row jsonb;
    v_state text;
    v_client text;
    v_previous record;
    v_now_text text := pg_catalog.to_char(p_now AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
BEGIN
    SELECT * INTO b FROM steward.item_bindings WHERE kind = 'deployment';
    IF NOT FOUND OR pg_catalog.to_regclass(b.item_table) IS NULL THEN
        PERFORM steward.refuse('SW409', pg_catalog.format(
            'rollback request %s is for a deployment, and this database keeps no deployments', req.request_id));
    END IF;
    EXECUTE pg_catalog.format('SELECT pg_catalog.to_jsonb(t) FROM %s t WHERE t.%I = CAST($1 AS %s) FOR UPDATE',
                              pg_catalog.to_regclass(b.item_table), b.id_column,
                              steward.column_type(b.item_table, b.id_column))
       INTO v_row USING req.target_id;
    IF v_row IS NULL THEN
        PERFORM steward.refuse('SW404', pg_catalog.format(
            'deployment %s is gone; the rollback request cannot be approved', steward.short_id(req.target_id)));
    END IF;
    v_state := steward.steward_state(b, v_row->>b.state_column);
    v_client := v_row->>b.scope_column;
    IF v_state IS DISTINCT FROM 'active' THEN
        PERFORM steward.refuse('SW409', pg_catalog.format(
            'deployment %s is %s now, no longer active; the rollback request cannot be approved',
            steward.short_id(req.target_id), v_state));
    END IF;
    v_previous := steward.deployment_before(b, req.target_id);
    IF steward.write_item(b, req.target_id, pg_catalog.jsonb_build_object('state', 'rolled_back', 'updated_at',
                                                                           v_now_text),
                          v_row->>b.state_column) <> 1
       OR steward.write_item(b, v_previous.id, pg_catalog.jsonb_build_object('state', 'active', 'updated_at',
                                                                              v_now_text), v_previous.word) <> 1 THEN
        PERFORM steward.refuse('SW409', pg_catalog.format(
            'deployment %s changed while the rollback was being approved; nothing was changed',
            steward.short_id(req.target_id)));
    END IF;
    PERFORM steward.audit_append(p_now, 'rollback', 'deployment', req.target_id, v_client, 'active', 'rolled_back',
                                 p_comment, pg_catalog.jsonb_build_object('request_id', req.request_id, 'reactivated',
                                                                          v_previous.id)::text);
    PERFORM steward.audit_append(p_now, 'reactivate', 'deployment', v_previous.id, v_client,
                                 steward.steward_state(b, v_previous.word), 'active', p_comment,
                                 pg_catalog.jsonb_build_object('request_id', req.request_id, 'replaces',
                                                               req.target_id)::text);
END
$$;
