-- Operations: queue steering (assignment, priority), appeals and timeframe
-- extensions for CMS-0057-F reporting. Side tables, so the platform's cases
-- table stays as the workflow owns it.

-- Who an operator has pointed a case at, and how urgent it is beyond its
-- clock (higher first). Changes are audited (case.assign, case.prioritize).
CREATE TABLE case_assignments (
    case_id     text PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    assignee    text NOT NULL DEFAULT '',
    priority    int NOT NULL DEFAULT 0 CHECK (priority BETWEEN -100 AND 100),
    updated_by  text NOT NULL CHECK (updated_by <> ''),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_assignments_assignee ON case_assignments (assignee) WHERE assignee <> '';

-- An appeal of a denial, and its outcome once decided.
CREATE TABLE case_appeals (
    id          bigserial PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    filed_at    timestamptz NOT NULL,
    outcome     text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'approved', 'upheld')),
    decided_at  timestamptz,
    actor_id    text NOT NULL CHECK (actor_id <> ''),
    CHECK ((outcome = 'pending') = (decided_at IS NULL))
);
CREATE INDEX case_appeals_case ON case_appeals (case_id);

-- A review timeframe extended (CMS-0057-F allows it, e.g. for information
-- the payer needs); the case's due_at is not rewritten, the extension is.
CREATE TABLE case_extensions (
    id          bigserial PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    extended_at timestamptz NOT NULL DEFAULT now(),
    new_due_at  timestamptz NOT NULL,
    reason      text NOT NULL CHECK (length(btrim(reason)) > 0),
    actor_id    text NOT NULL CHECK (actor_id <> '')
);
CREATE INDEX case_extensions_case ON case_extensions (case_id);

CREATE INDEX IF NOT EXISTS drafts_created ON drafts (created_at);
CREATE INDEX IF NOT EXISTS review_actions_created ON review_actions (created_at);

GRANT SELECT, INSERT, UPDATE ON case_assignments TO umassist_app;
GRANT SELECT, INSERT, UPDATE ON case_appeals TO umassist_app;
GRANT SELECT, INSERT ON case_extensions TO umassist_app;
GRANT USAGE ON SEQUENCE case_appeals_id_seq, case_extensions_id_seq TO umassist_app;
