-- Who may execute Steward's functions, set after all of them exist (a function is executable by
-- PUBLIC when created). The decision functions check the caller's role themselves, so every
-- Steward role may call them and is told why when it may not; the audit append and the helpers
-- they use are executable by no role.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA steward FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steward.role_of(text), steward.role_rank(text), steward.sees_client(text),
    steward.scope_all(), steward.scope_clients() TO steward_console;
GRANT EXECUTE ON FUNCTION steward.decide(text, text, text, text, jsonb), steward.grant_role(text, text, text[]),
    steward.revoke_role(text, text), steward.change_setting(text, text),
    steward.request_model_rollback(text, text, text), steward.record_import(text, text), steward.record_arrivals()
    TO steward_viewer;
