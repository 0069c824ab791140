-- The audit chain's append, in the server: the same canonical form and SHA-256 as
-- AuditChain::computeHash (models/workflow/AuditChain.cpp), so that `audit verify` checks records
-- written here like any other. No role may execute these; the decision functions, which run as
-- the owner, call them.
CREATE OR REPLACE FUNCTION steward.audit_field(v text, nullable boolean) RETURNS bytea
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN v IS NULL OR (nullable AND v = '') THEN pg_catalog.convert_to('-;', 'UTF8')
        ELSE pg_catalog.convert_to(pg_catalog.octet_length(pg_catalog.convert_to(v, 'UTF8'))::text || ':', 'UTF8')
             || pg_catalog.convert_to(v, 'UTF8') || pg_catalog.convert_to(';', 'UTF8') END
$$;

CREATE OR REPLACE FUNCTION steward.audit_append(p_at timestamptz, p_action text, p_kind text, p_target text,
                                                p_client text, p_before text, p_after text, p_comment text,
                                                p_details text) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    head record;
    v_seq bigint;
    v_hash text;
    v_at timestamptz := pg_catalog.date_trunc('milliseconds', p_at);
BEGIN
    SELECT seq, hash INTO head FROM steward.audit_head WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit chain has no head record; run `steward-cli init`';
    END IF;
    v_seq := head.seq + 1;
    v_hash := pg_catalog.encode(pg_catalog.sha256(
        pg_catalog.convert_to('steward-audit-v1;', 'UTF8')
        || steward.audit_field(v_seq::text, false)
        || steward.audit_field(pg_catalog.to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), false)
        || steward.audit_field(session_user::text, false)
        || steward.audit_field(p_action, false)
        || steward.audit_field(p_kind, false)
        || steward.audit_field(p_target, false)
        || steward.audit_field(p_client, true)
        || steward.audit_field(p_before, true)
        || steward.audit_field(p_after, true)
        || steward.audit_field(p_comment, true)
        || steward.audit_field(p_details, true)
        || steward.audit_field(head.hash, false)), 'hex');
    INSERT INTO steward.audit_log (seq, recorded_at, actor, action, target_kind, target_id, client_id, state_before,
                                   state_after, comment, details, prev_hash, hash)
    VALUES (v_seq, v_at, session_user, p_action, p_kind, p_target, NULLIF(p_client, ''), NULLIF(p_before, ''),
            NULLIF(p_after, ''), NULLIF(p_comment, ''), NULLIF(p_details, ''), head.hash, v_hash);
    UPDATE steward.audit_head SET seq = v_seq, hash = v_hash WHERE id = 1;
    PERFORM pg_catalog.pg_notify('steward_changes', p_kind);
    RETURN v_seq;
END
$$;

-- Refuses unless the session's login holds `needed` (a role name); the message names both.
CREATE OR REPLACE FUNCTION steward.require_role(needed text, what text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_role text := steward.role_of(session_user);
BEGIN
    IF steward.role_rank(v_role) < steward.role_rank(needed) THEN
        RAISE EXCEPTION '% is %, and % needs the % role', session_user, v_role, what, needed
            USING ERRCODE = '42501';
    END IF;
    RETURN v_role;
END
$$;

CREATE OR REPLACE FUNCTION steward.refuse(code text, message text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '%', message USING ERRCODE = code;
END
$$;
