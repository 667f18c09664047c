-- The provider's end of PAS: each approved pre-submission case sent to its
-- payer, and where it stands. One row per case; the payer's latest answer
-- replaces the one before (the audit log keeps each).
CREATE TABLE pas_submissions (
    case_id        text PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    payer          text NOT NULL,
    service        text NOT NULL,
    endpoint       text NOT NULL DEFAULT '',
    claim_system   text NOT NULL,
    claim_value    text NOT NULL,
    submitted_at   timestamptz,
    -- X12 278 review action: A1 certified, A2 partial, A3 not certified,
    -- A4 pended, A6 modified, C cancelled; '' before an answer.
    action         text NOT NULL DEFAULT '',
    pre_auth_ref   text NOT NULL DEFAULT '',
    disposition    text NOT NULL DEFAULT '',
    human_reviewed boolean NOT NULL DEFAULT false,
    final_at       timestamptz,
    inquiries      int NOT NULL DEFAULT 0,
    last_error     text NOT NULL DEFAULT '',
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pas_submissions_open ON pas_submissions (updated_at) WHERE final_at IS NULL;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umassist_app') THEN
        GRANT SELECT, INSERT, UPDATE ON pas_submissions TO umassist_app;
    END IF;
END $$;
