-- Platform schema: review cases, drafts, reviewer actions and the audit log.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE cases (
    id              text PRIMARY KEY,
    -- '' is production; eval runs use their own namespace and never mix.
    namespace       text NOT NULL DEFAULT '',
    patient_ref     text NOT NULL CHECK (patient_ref ~ '^Patient/[A-Za-z0-9\-\.]{1,64}$'),
    service_system  text NOT NULL,
    service_code    text NOT NULL,
    service_display text NOT NULL DEFAULT '',
    diagnoses       jsonb NOT NULL DEFAULT '[]',
    payer           text NOT NULL,
    urgency         text NOT NULL CHECK (urgency IN ('standard', 'expedited')),
    request_date    date NOT NULL,
    request         jsonb NOT NULL,
    status          text NOT NULL DEFAULT 'received' CHECK (status IN
                    ('received', 'drafting', 'ready_for_review', 'escalated',
                     'info_requested', 'approved', 'denied', 'failed')),
    received_at     timestamptz NOT NULL,
    due_at          timestamptz NOT NULL,
    idempotency_key text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (due_at > received_at)
);
CREATE UNIQUE INDEX cases_idempotency_key ON cases (namespace, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX cases_queue ON cases (namespace, status, due_at);
CREATE INDEX cases_patient ON cases (patient_ref);

-- Drafts are versioned: a re-draft (new information, a new model) adds a
-- version and never rewrites the one a reviewer may have read.
CREATE TABLE drafts (
    case_id         text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    version         int NOT NULL CHECK (version > 0),
    -- No 'deny' here, ever: the AI never denies.
    recommendation  text NOT NULL CHECK (recommendation IN ('approve', 'refer', 'request_info')),
    policy          text NOT NULL DEFAULT '',
    confidence      double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    verified        boolean NOT NULL,
    -- The full draft, a SPEC result line; its recommendation must agree.
    draft           jsonb NOT NULL CHECK (draft->>'recommendation' = recommendation),
    trace           jsonb NOT NULL DEFAULT '{}',
    model           text NOT NULL,
    prompt_version  text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, version)
);

CREATE TABLE review_actions (
    id             bigserial PRIMARY KEY,
    case_id        text NOT NULL REFERENCES cases (id),
    actor_id       text NOT NULL CHECK (actor_id <> ''),
    actor_role     text NOT NULL CHECK (actor_role IN ('nurse', 'physician', 'operator', 'ml_engineer', 'admin')),
    actor_name     text NOT NULL DEFAULT '',
    outcome        text NOT NULL CHECK (outcome IN ('approved', 'denied', 'escalated', 'info_requested')),
    reason         text NOT NULL DEFAULT '',
    passages       text[] NOT NULL DEFAULT '{}',
    question       text NOT NULL DEFAULT '',
    edited_summary text NOT NULL DEFAULT '',
    draft_version  int,
    created_at     timestamptz NOT NULL DEFAULT now(),
    -- A denial needs a physician's identity, a specific reason, and the
    -- policy passage it rests on (CMS-0057-F). The application checks this
    -- too; this constraint means no code path can skip it.
    CONSTRAINT denial_needs_physician_and_reason CHECK (
        outcome <> 'denied'
        OR (actor_role = 'physician' AND length(btrim(reason)) >= 10 AND cardinality(passages) > 0)
    ),
    CONSTRAINT escalation_needs_reason CHECK (outcome <> 'escalated' OR length(btrim(reason)) > 0),
    CONSTRAINT info_request_needs_question CHECK (outcome <> 'info_requested' OR length(btrim(question)) > 0)
);
CREATE INDEX review_actions_case ON review_actions (case_id, created_at);

-- A case can only become 'denied' if a physician's denial action exists.
CREATE FUNCTION cases_denied_needs_action() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'denied' AND NOT EXISTS (
        SELECT 1 FROM review_actions
        WHERE case_id = NEW.id AND outcome = 'denied' AND actor_role = 'physician'
    ) THEN
        RAISE EXCEPTION 'case % cannot be denied without a physician reviewer''s denial action', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER cases_denied_needs_action BEFORE INSERT OR UPDATE OF status ON cases
    FOR EACH ROW EXECUTE FUNCTION cases_denied_needs_action();

-- The audit log: every read of patient data and every reviewer action.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    namespace   text NOT NULL DEFAULT '',
    actor_id    text NOT NULL CHECK (actor_id <> ''),
    actor_role  text NOT NULL,
    action      text NOT NULL CHECK (action <> ''),
    case_id     text,
    patient_ref text,
    resources   text[] NOT NULL DEFAULT '{}',
    -- HL7 v3 PurposeOfUse; utilization review is payment-related operations.
    purpose     text NOT NULL DEFAULT 'HPAYMT',
    outcome     text NOT NULL DEFAULT 'success' CHECK (outcome IN ('success', 'failure')),
    detail      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_case ON audit_log (case_id) WHERE case_id IS NOT NULL;

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Reviewer decisions are history too: never rewritten.
CREATE TRIGGER review_actions_no_update BEFORE UPDATE OR DELETE ON review_actions
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- The role the application runs as in production holds no UPDATE or
-- DELETE grant on the history tables.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umassist_app') THEN
        CREATE ROLE umassist_app NOLOGIN;
    END IF;
END $$;
REVOKE ALL ON audit_log, review_actions FROM PUBLIC;
GRANT SELECT, INSERT ON audit_log, review_actions TO umassist_app;
GRANT USAGE ON SEQUENCE audit_log_id_seq, review_actions_id_seq TO umassist_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON cases, drafts TO umassist_app;
