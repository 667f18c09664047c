-- Criteria packs as versioned content (issue #14): clinical editors write
-- revisions, another clinician reviews and publishes them, one revision of
-- a pack is published at a time and drives drafts. The packs compiled into
-- the binary are imported as published revisions by 'umassist'.

ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('nurse', 'physician', 'operator', 'ml_engineer', 'admin', 'clinical_editor'));

CREATE TABLE criteria_packs (
    pack_id        text    NOT NULL,
    revision       integer NOT NULL CHECK (revision > 0),
    policy_id      text    NOT NULL,
    -- the policy version the revision was written against ('' any)
    policy_version text    NOT NULL DEFAULT '',
    payer          text    NOT NULL,
    status         text    NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'retired')),
    body           jsonb   NOT NULL,
    -- the text of that policy version, passage by passage, for the diff
    -- an editor reads when a new version makes the pack stale
    policy_text    jsonb   NOT NULL DEFAULT '[]',
    body_hash      text    NOT NULL,
    author         text    NOT NULL CHECK (author <> ''),
    reviewer       text    NOT NULL DEFAULT '',
    note           text    NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    published_at   timestamptz,
    PRIMARY KEY (pack_id, revision),
    CHECK (body->>'id' = pack_id),
    -- four eyes: a published revision was reviewed by someone other than
    -- its author, unless it is a built-in pack reviewed when written
    CHECK (status <> 'published' OR author = 'umassist' OR (reviewer <> '' AND lower(reviewer) <> lower(author)))
);

-- One published revision per pack.
CREATE UNIQUE INDEX criteria_packs_one_published ON criteria_packs (pack_id) WHERE status = 'published';
CREATE INDEX criteria_packs_policy ON criteria_packs (policy_id);

-- A revision's content never changes (a change is a new revision), and
-- its status moves only as criteria.CheckPackMove allows:
--   draft → in_review, retired; in_review → draft, published, retired;
--   published → retired. A revision is born a draft, or published when it
--   is a built-in pack.
CREATE FUNCTION criteria_packs_lifecycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT (NEW.status = 'draft' OR (NEW.status = 'published' AND NEW.author = 'umassist')) THEN
            RAISE EXCEPTION 'pack % r% must start as a draft, not %', NEW.pack_id, NEW.revision, NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.body IS DISTINCT FROM NEW.body OR OLD.pack_id <> NEW.pack_id OR OLD.revision <> NEW.revision
       OR OLD.author <> NEW.author OR OLD.policy_text IS DISTINCT FROM NEW.policy_text THEN
        RAISE EXCEPTION 'pack % r% cannot change: save a new revision', OLD.pack_id, OLD.revision
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status <> NEW.status AND NOT (OLD.status, NEW.status) IN (
        ('draft', 'in_review'), ('draft', 'retired'),
        ('in_review', 'draft'), ('in_review', 'published'), ('in_review', 'retired'),
        ('published', 'retired'))
    THEN
        RAISE EXCEPTION 'pack % r% cannot go from % to %', OLD.pack_id, OLD.revision, OLD.status, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER criteria_packs_lifecycle BEFORE INSERT OR UPDATE ON criteria_packs
    FOR EACH ROW EXECUTE FUNCTION criteria_packs_lifecycle();

-- Revisions are history: the app may add and move them, never remove them.
REVOKE DELETE, TRUNCATE ON criteria_packs FROM umassist_app;
