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

-- Locks the item's row; returns its state, client and severity (violations), or raises SW404.
CREATE OR REPLACE FUNCTION steward.lock_item(s steward.workflow_steps, p_target text,
                                             OUT state text, OUT client text, OUT severity text,
                                             OUT id_type text)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) INTO id_type FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = pg_catalog.to_regclass(s.item_table) AND a.attname = s.id_column;
    BEGIN
        EXECUTE pg_catalog.format('SELECT status::text, client_id::text, %s FROM %s WHERE %I = CAST($1 AS %s) FOR UPDATE',
                                  CASE WHEN s.kind = 'violation' THEN 'severity::text' ELSE 'NULL::text' END,
                                  s.item_table, s.id_column, id_type)
           INTO state, client, severity USING p_target;
    EXCEPTION WHEN invalid_text_representation THEN
        state := NULL;
    END;
    IF state IS NULL OR NOT steward.sees_client(client) THEN
        PERFORM steward.refuse('SW404', pg_catalog.format('no %s with id %s', s.kind, p_target));
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION steward.decide(p_action text, p_target text, p_expected text, p_comment text,
                                          p_args jsonb DEFAULT '{}') RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s steward.workflow_steps;
    item record;
    req steward.rollback_requests;
    v_now timestamptz := pg_catalog.date_trunc('milliseconds', pg_catalog.statement_timestamp());
    v_comment text := NULLIF(pg_catalog.regexp_replace(coalesce(p_comment, ''), '^\s+|\s+$', '', 'g'), '');
    v_new text;
    v_details jsonb := '{}';
    v_seq bigint;
    v_who text;
    v_previous text;
    v_request text;
    v_assignee text := NULLIF(p_args->>'assignee', '');
BEGIN
    SELECT * INTO s FROM steward.workflow_steps WHERE action = p_action AND kind IS NOT NULL;
    IF NOT FOUND THEN
        PERFORM steward.refuse('SW400', pg_catalog.format('%s is not a decision on an item', p_action));
    END IF;
    -- Another system's items (feedback, deployments: no item_table) are not the server's to decide.
    IF s.item_table IS NULL THEN
        PERFORM steward.refuse('SW400', pg_catalog.format(
            '%s is decided on another system''s own table, not by the server', p_action));
    END IF;
    PERFORM steward.require_role(s.min_role, s.recorded);
    IF s.needs_comment AND NOT steward.visible(v_comment) THEN
        PERFORM steward.refuse('SW400', pg_catalog.format('%s needs a comment', s.recorded));
    END IF;
    item := steward.lock_item(s, p_target);
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
          AND item.severity NOT IN ('high', 'medium', 'low') THEN
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
    END IF;

    IF v_new IS DISTINCT FROM item.state THEN
        EXECUTE pg_catalog.format('UPDATE %s SET status = $1 WHERE %I = CAST($2 AS %s) AND status = $3',
                                  s.item_table, s.id_column, item.id_type)
           USING v_new, p_target, item.state;
    END IF;

    -- What the decision writes besides the state, and what its record says of it.
    IF p_action = 'RequestSuggestionRollback' THEN
        INSERT INTO steward.rollback_requests (request_id, target_kind, target_id, client_id, from_state, status,
                                               requested_by, requested_at, reason)
        VALUES (pg_catalog.gen_random_uuid()::text, 'suggestion', p_target, item.client, item.state, 'requested',
                session_user, v_now, v_comment)
        ON CONFLICT (target_kind, target_id, coalesce(client_id, '')) WHERE status = 'requested' DO NOTHING
        RETURNING request_id INTO v_request;
        IF v_request IS NULL THEN
            PERFORM steward.refuse('SW409', pg_catalog.format(
                'a rollback of suggestion %s was already requested and awaits a manager', p_target));
        END IF;
        v_details := pg_catalog.jsonb_build_object('request_id', v_request);
    ELSIF s.kind = 'rollback_request' THEN
        UPDATE steward.rollback_requests SET decided_by = session_user, decided_at = v_now, decision_comment = v_comment
         WHERE request_id = p_target;
    ELSIF p_action IN ('ResolveViolation', 'MarkViolationFalsePositive') THEN
        UPDATE public.governance_violations SET resolution = v_comment, resolved_by = session_user, resolved_at = v_now
         WHERE violation_id::text = p_target;
    ELSIF p_action = 'ReopenViolation' THEN
        SELECT pg_catalog.jsonb_build_object('previous_resolution', coalesce(resolution, ''), 'previous_resolved_by',
                   coalesce(resolved_by, ''), 'previous_resolved_at',
                   coalesce(pg_catalog.to_char(resolved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ''))
          INTO v_details FROM public.governance_violations WHERE violation_id::text = p_target;
        UPDATE public.governance_violations SET resolution = NULL, resolved_by = NULL, resolved_at = NULL
         WHERE violation_id::text = p_target;
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
        -- Deployments are another system's rows (UrutiIQ's AIDeployment): Steward decides those
        -- requests on the client path, with that system's profile.
        PERFORM steward.refuse('SW409', pg_catalog.format(
            'rollback request %s is for a deployment in another system''s tables; open the database with that '
            'system''s profile to decide it', req.request_id));
    ELSE
        PERFORM steward.refuse('SW409', pg_catalog.format(
            'rollback request %s targets a %s, which this version of Steward cannot roll back', req.request_id,
            req.target_kind));
    END IF;
END
$$;
