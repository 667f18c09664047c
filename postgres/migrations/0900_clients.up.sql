-- Clients: a BPO works for several health systems, a payer for several
-- plans. Every case belongs to one client, and a reviewer sees and acts
-- only on the cases of the clients they are assigned to. PostgreSQL
-- enforces it with row-level security on the application's role: the
-- server tells each connection whose request it serves (the setting
-- umassist.user_id, set from the request's context by the pool), and
-- rows of other clients' cases are neither returned nor written.
-- Work done for no signed-in person (the drafting worker, an EHR's CDS
-- Hooks call, a payer's PAS request, a clinician's single-use link, each
-- authenticated by its own means) runs with the setting empty and sees
-- every client. The schema's owner (migrations, the command line)
-- is not subject to the policies.
CREATE TABLE clients (
    id         text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind       text NOT NULL DEFAULT 'health_system' CHECK (kind IN ('health_system', 'plan')),
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO clients (id, name) VALUES ('default', 'Default client');

ALTER TABLE cases ADD COLUMN client_id text NOT NULL DEFAULT 'default' REFERENCES clients (id);
CREATE INDEX cases_client ON cases (client_id, status, due_at);

CREATE TABLE user_clients (
    user_id   text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id text NOT NULL REFERENCES clients (id),
    PRIMARY KEY (user_id, client_id)
);
CREATE INDEX user_clients_client ON user_clients (client_id);
-- Everyone there is works for the one client there was.
INSERT INTO user_clients (user_id, client_id) SELECT id, 'default' FROM users;

-- The app reads clients; only the owner (the command line) creates them.
-- The app assigns a person to clients only as its own work (creating an
-- account), never within a signed-in person's request: nobody grants
-- themselves a client. A person sees their own assignments.
REVOKE INSERT, UPDATE, DELETE ON clients FROM umassist_app;
GRANT SELECT ON clients TO umassist_app;
REVOKE UPDATE ON user_clients FROM umassist_app;
GRANT SELECT, INSERT, DELETE ON user_clients TO umassist_app;

-- umassist_sees_client: no signed-in person (system work), or a person
-- assigned to the client.
CREATE FUNCTION umassist_sees_client(client text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('umassist.user_id', true), '') = ''
        OR EXISTS (SELECT 1 FROM user_clients uc
                   WHERE uc.user_id = current_setting('umassist.user_id', true) AND uc.client_id = client)
$$;

ALTER TABLE user_clients ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_clients_read ON user_clients FOR SELECT TO umassist_app
    USING (coalesce(current_setting('umassist.user_id', true), '') IN ('', user_id));
CREATE POLICY user_clients_assign ON user_clients FOR INSERT TO umassist_app
    WITH CHECK (coalesce(current_setting('umassist.user_id', true), '') = '');
CREATE POLICY user_clients_unassign ON user_clients FOR DELETE TO umassist_app
    USING (coalesce(current_setting('umassist.user_id', true), '') = '');

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_by_client ON cases TO umassist_app
    USING (umassist_sees_client(client_id)) WITH CHECK (umassist_sees_client(client_id));

-- What hangs off a case follows its case: a row whose case the person
-- cannot see is not there for them, and cannot be written.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['drafts', 'review_actions', 'case_claims', 'case_information', 'clinician_queries', 'pas_submissions']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO umassist_app USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = %I.case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = %I.case_id))',
            t || '_by_client', t, t, t);
    END LOOP;
END $$;
