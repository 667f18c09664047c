-- Least privilege: the application (serve, worker) connects as a role that
-- is not the schema's owner. umassist_app may read and write the working
-- tables; it may only add to the history (audit_log, review_actions,
-- audit_chain), never change or remove it; it owns nothing, so it cannot
-- disable a trigger, drop a table or set session_replication_role.
-- Production creates its login roles as members of umassist_app; the
-- private cluster lets umassist_app itself log in over its socket.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umassist_app') THEN
        CREATE ROLE umassist_app NOLOGIN;
    END IF;
END $$;
GRANT USAGE ON SCHEMA public TO umassist_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO umassist_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO umassist_app;
-- Tables made later (River's, ours) by the role that migrates get the same.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO umassist_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO umassist_app;
-- The history: added to, never changed.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, review_actions, audit_chain FROM umassist_app;
-- Migrations are the owner's.
REVOKE INSERT, UPDATE, DELETE ON umassist_migration, river_migration FROM umassist_app;

-- A case becomes approved or denied only through a reviewer's action: the
-- newest review action on the case must be that decision, by a nurse or a
-- physician. A direct status write (a bug, or SQL run as the app) is
-- refused, like an AI denial is.
CREATE FUNCTION cases_decision_needs_action() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IN ('approved', 'denied')
       AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status)
       AND NOT EXISTS (
           SELECT 1 FROM review_actions a
           WHERE a.case_id = NEW.id AND a.outcome = NEW.status AND a.actor_role IN ('nurse', 'physician')
             AND a.id = (SELECT max(id) FROM review_actions WHERE case_id = NEW.id))
    THEN
        RAISE EXCEPTION 'case % cannot become % without a reviewer''s decision', NEW.id, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER cases_decision_needs_action BEFORE INSERT OR UPDATE OF status ON cases
    FOR EACH ROW EXECUTE FUNCTION cases_decision_needs_action();
