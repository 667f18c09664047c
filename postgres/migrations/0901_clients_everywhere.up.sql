-- The rest of what a client owns: the orders an EHR sent for audit, the
-- faxed packets waiting to become cases (and their pages), and the Claims
-- a payer received over PAS. Each is kept apart by client on the app's
-- role as cases are (migration 0900).

-- order_audits.client_id named the CDS registration that sent the order:
-- one name per concept, so it becomes cds_client, and client_id is now the
-- umassist client the order is worked for. Orders already recorded take
-- their case's client, else the default one.
ALTER TABLE order_audits RENAME COLUMN client_id TO cds_client;
ALTER TABLE order_audits RENAME CONSTRAINT order_audits_client_id_check TO order_audits_cds_client_check;
ALTER TABLE order_audits ADD COLUMN client_id text NOT NULL DEFAULT 'default' REFERENCES clients (id);
UPDATE order_audits o SET client_id = c.client_id FROM cases c WHERE c.id = o.case_id;
-- The ordering clinician's practice (the organisation of their
-- PractitionerRole), when the EHR said: query response time by practice.
ALTER TABLE order_audits ADD COLUMN practice text NOT NULL DEFAULT '';
CREATE INDEX order_audits_client ON order_audits (client_id, at);

ALTER TABLE order_audits ENABLE ROW LEVEL SECURITY;
CREATE POLICY order_audits_by_client ON order_audits TO umassist_app
    USING (umassist_sees_client(client_id)) WITH CHECK (umassist_sees_client(client_id));

-- A packet is uploaded for a client, and its case is that client's. The
-- same fax sent to two clients is two packets.
ALTER TABLE intake_packets ADD COLUMN client_id text NOT NULL DEFAULT 'default' REFERENCES clients (id);
DROP INDEX intake_packets_file;
CREATE UNIQUE INDEX intake_packets_file ON intake_packets (namespace, client_id, sha256) WHERE status <> 'rejected';

ALTER TABLE intake_packets ENABLE ROW LEVEL SECURITY;
CREATE POLICY intake_packets_by_client ON intake_packets TO umassist_app
    USING (umassist_sees_client(client_id)) WITH CHECK (umassist_sees_client(client_id));
ALTER TABLE intake_pages ENABLE ROW LEVEL SECURITY;
CREATE POLICY intake_pages_by_client ON intake_pages TO umassist_app
    USING (EXISTS (SELECT 1 FROM intake_packets p WHERE p.id = intake_pages.packet_id))
    WITH CHECK (EXISTS (SELECT 1 FROM intake_packets p WHERE p.id = intake_pages.packet_id));

-- A received Claim is read only with its case. It is written in the
-- case's own transaction before the case row, so writing is not tied to
-- the case (the case's own policy checks the client).
ALTER TABLE pas_claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY pas_claims_read ON pas_claims FOR SELECT TO umassist_app
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.namespace = pas_claims.namespace AND c.idempotency_key = pas_claims.idempotency_key));
CREATE POLICY pas_claims_write ON pas_claims FOR INSERT TO umassist_app WITH CHECK (true);

-- A case is assigned only to a reviewer who works for its client (else it
-- would sit in a queue its assignee cannot see), and an assignment is
-- seen only with its case. Whether a person works for a client is read
-- past user_clients' own policy (a person sees only their own rows) by a
-- function that answers only that question.
CREATE FUNCTION umassist_works_for(person text, client text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM user_clients WHERE user_id = person AND client_id = client)
$$;
REVOKE ALL ON FUNCTION umassist_works_for(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION umassist_works_for(text, text) TO umassist_app;

ALTER TABLE case_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_assignments_by_client ON case_assignments TO umassist_app
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_assignments.case_id))
    WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_assignments.case_id
                        AND (case_assignments.assignee = '' OR umassist_works_for(case_assignments.assignee, c.client_id))));
