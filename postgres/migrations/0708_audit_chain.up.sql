-- The audit log, sealed: each sealed row's hash covers the row and the
-- hash before it, so a row changed or removed after sealing (by anyone,
-- a database owner included) shows when the chain is verified against a
-- head hash kept elsewhere (umassist audit seal / verify). Append-only,
-- like the log.
CREATE TABLE audit_chain (
    audit_id   bigint PRIMARY KEY,
    hash       bytea NOT NULL,
    sealed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umassist_app') THEN
        GRANT SELECT, INSERT ON audit_chain TO umassist_app;
    END IF;
END $$;
