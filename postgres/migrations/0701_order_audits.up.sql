-- The pre-submission audit's results, one row per order a CDS client
-- sent: what the agent found missing, by whom it was ordered, for which
-- service and payer. The BPO lead's documentation-gap report reads it;
-- the audit log keeps the record of each call.
CREATE TABLE order_audits (
    id             bigserial PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT now(),
    client_id      text NOT NULL CHECK (client_id <> ''),
    hook           text NOT NULL CHECK (hook IN ('order-select', 'order-sign')),
    hook_instance  text NOT NULL,
    assertion_id   text NOT NULL UNIQUE,
    patient_ref    text NOT NULL,
    order_ref      text NOT NULL,
    clinician      text NOT NULL DEFAULT '',  -- context.userId: the ordering user
    service        text NOT NULL,
    payer          text NOT NULL,
    policy         text NOT NULL DEFAULT '',
    recommendation text NOT NULL DEFAULT '' CHECK (recommendation IN ('', 'approve', 'refer', 'request_info')),
    missing        text[] NOT NULL DEFAULT '{}',  -- criterion ids not documented
    missing_text   text[] NOT NULL DEFAULT '{}',  -- their wording, same order
    CHECK (cardinality(missing) = cardinality(missing_text))
);
CREATE INDEX order_audits_at ON order_audits (at);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umassist_app') THEN
        GRANT SELECT, INSERT ON order_audits TO umassist_app;
        GRANT USAGE ON SEQUENCE order_audits_id_seq TO umassist_app;
    END IF;
END $$;
