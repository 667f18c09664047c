-- Prior-authorization requests received over Da Vinci PAS (Claim/$submit):
-- the submitter's Claim as it arrived (its identifiers, parties and items),
-- keyed by the case's idempotency key ("pas:" + the Claim's identifier),
-- so $inquire finds the case and each ClaimResponse echoes the Claim.
CREATE TABLE pas_claims (
    namespace        text NOT NULL DEFAULT '',
    idempotency_key  text NOT NULL CHECK (idempotency_key LIKE 'pas:%'),
    claim            jsonb NOT NULL,
    received_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (namespace, idempotency_key)
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umassist_app') THEN
        GRANT SELECT, INSERT ON pas_claims TO umassist_app;
    END IF;
END $$;
