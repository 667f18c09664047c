-- An order a client asked umassist to work (a BPO's pre-submission case)
-- names the case it opened: the case's PAS request is built from the order
-- and goes to the payer once a nurse approves it.
ALTER TABLE order_audits ADD COLUMN case_id text REFERENCES cases (id) ON DELETE SET NULL;
CREATE INDEX order_audits_case ON order_audits (case_id) WHERE case_id IS NOT NULL;
