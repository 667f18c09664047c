-- A question to the ordering clinician sent as a signed single-use link,
-- for clinicians without EHR integration. Only the token's hash is kept;
-- the link works once, until it expires, and only while the case waits
-- for information.
CREATE TABLE clinician_queries (
    id           bigserial PRIMARY KEY,
    case_id      text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    token_hash   bytea NOT NULL UNIQUE,
    question     text NOT NULL CHECK (length(btrim(question)) > 0),
    created_by   text NOT NULL CHECK (created_by <> ''),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    answered_at  timestamptz,
    answered_by  text NOT NULL DEFAULT ''  -- the name the clinician gave
);
CREATE INDEX clinician_queries_case ON clinician_queries (case_id);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umassist_app') THEN
        GRANT SELECT, INSERT, UPDATE ON clinician_queries TO umassist_app;
        GRANT USAGE ON SEQUENCE clinician_queries_id_seq TO umassist_app;
    END IF;
END $$;
